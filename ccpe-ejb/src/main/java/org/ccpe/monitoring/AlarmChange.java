package org.ccpe.monitoring;

/** A decision to raise or clear one cause about one subject, carried out by {@link AlarmBook}. */
public record AlarmChange(AlarmCause cause, boolean raise, String detail) {
  static AlarmChange raise(AlarmCause cause, String detail) {
    return new AlarmChange(cause, true, detail);
  }

  static AlarmChange clear(AlarmCause cause) {
    return new AlarmChange(cause, false, null);
  }
}
