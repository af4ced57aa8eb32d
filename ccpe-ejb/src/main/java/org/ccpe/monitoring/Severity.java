package org.ccpe.monitoring;

/** How urgent an alarm is (ITU X.733 names). */
public enum Severity {
  CRITICAL,
  MAJOR,
  MINOR,
  WARNING
}
