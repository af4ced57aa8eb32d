package org.ccpe.monitoring;

/** Active alarms are either new or acknowledged by an operator; cleared ones are history. */
public enum AlarmState {
  ACTIVE,
  ACKNOWLEDGED,
  CLEARED;

  public boolean isActive() {
    return this != CLEARED;
  }
}
