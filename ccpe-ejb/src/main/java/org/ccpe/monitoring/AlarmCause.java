package org.ccpe.monitoring;

/**
 * Why an alarm is raised, with its severity. The dedup key ({@code cause:subject id}) makes a
 * second raise of the same cause for the same link or router a no-op while the first is active.
 */
public enum AlarmCause {
  ACCESS_LINK_DOWN(Severity.MAJOR),
  ROUTER_UNREACHABLE(Severity.CRITICAL),
  HIGH_UTILISATION(Severity.MINOR),
  HIGH_ERROR_RATE(Severity.WARNING);

  private final Severity severity;

  AlarmCause(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }

  /** The dedup key of this cause about one subject (an access link's or a router's id). */
  public String key(long subjectId) {
    return name().toLowerCase() + ":" + subjectId;
  }

  public boolean aboutRouter() {
    return this == ROUTER_UNREACHABLE;
  }
}
