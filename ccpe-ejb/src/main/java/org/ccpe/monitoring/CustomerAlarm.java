package org.ccpe.monitoring;

import java.time.Instant;

/**
 * An active alarm as the portal shows it to the customer: named by the customer's own site and
 * interface, never by the router (the stored subject names the router, so it is not shown).
 */
public record CustomerAlarm(long id, Severity severity, AlarmCause cause, AlarmState state, String siteName,
    String interfaceName, Instant raisedAt) {

  /** The cause in words: {@code access link down}. */
  public String causeWords() {
    return cause.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
