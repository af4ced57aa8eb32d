package org.ccpe.netconf;

import java.time.Duration;

/**
 * Options of a Junos {@code <commit-configuration>}. Start from {@link #commit()} or {@link #check()}
 * and add what is needed: {@code JunosCommit.commit().confirmed(Duration.ofMinutes(5)).log("site 42")}.
 *
 * @param checkOnly {@code <check/>}: validate the candidate, change nothing
 * @param confirmTimeout when not null, {@code <confirmed/>}: Junos rolls back unless confirmed in
 *     time; Junos counts whole minutes, so this is rounded up to at least one
 * @param synchronizeEngines {@code <synchronize/>}: commit on both routing engines
 * @param logComment {@code <log>} text recorded in the commit history, or null
 */
public record JunosCommit(boolean checkOnly, Duration confirmTimeout, boolean synchronizeEngines, String logComment) {

  /** A plain commit. */
  public static JunosCommit commit() {
    return new JunosCommit(false, null, false, null);
  }

  /** {@code commit check}: validation only. */
  public static JunosCommit check() {
    return new JunosCommit(true, null, false, null);
  }

  public JunosCommit confirmed(Duration timeout) {
    return new JunosCommit(checkOnly, timeout, synchronizeEngines, logComment);
  }

  public JunosCommit synchronize() {
    return new JunosCommit(checkOnly, confirmTimeout, true, logComment);
  }

  public JunosCommit log(String comment) {
    return new JunosCommit(checkOnly, confirmTimeout, synchronizeEngines, comment);
  }

  /** Whole minutes for {@code <confirm-timeout>}, rounded up. */
  long confirmMinutes() {
    long minutes = (confirmTimeout.toSeconds() + 59) / 60;
    return Math.max(1, minutes);
  }

  String xml() {
    StringBuilder xml = new StringBuilder("<commit-configuration>");
    if (checkOnly) {
      xml.append("<check/>");
    }
    if (confirmTimeout != null) {
      xml.append("<confirmed/><confirm-timeout>").append(confirmMinutes()).append("</confirm-timeout>");
    }
    if (synchronizeEngines) {
      xml.append("<synchronize/>");
    }
    if (logComment != null) {
      xml.append("<log>").append(SafeXml.escape(logComment)).append("</log>");
    }
    return xml.append("</commit-configuration>").toString();
  }
}
