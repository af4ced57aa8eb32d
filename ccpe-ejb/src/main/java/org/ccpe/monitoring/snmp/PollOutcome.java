package org.ccpe.monitoring.snmp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The result of one poll of one agent: it answered, or why it did not. */
public sealed interface PollOutcome {

  /** When the outcome was settled. */
  Instant at();

  /**
   * The agent answered.
   *
   * @param at when the counters were read (the reply's arrival), the time base for rates
   * @param agentRestarted sysUpTime went back against the plan's: counters started again
   * @param ifIndexByName the index of every name found, to remember for the next plan
   * @param readings by interface name
   * @param notFound names of the plan the agent has no interface for
   * @param took from the first request sent to the last reply
   */
  record Reached(
      Instant at,
      long sysUpTimeTicks,
      boolean agentRestarted,
      Map<String, Integer> ifIndexByName,
      Map<String, InterfaceReading> readings,
      Set<String> notFound,
      Duration took)
      implements PollOutcome {
    public Reached {
      ifIndexByName = Map.copyOf(ifIndexByName);
      readings = Map.copyOf(readings);
      notFound = Set.copyOf(notFound);
    }
  }

  /**
   * The agent did not answer usefully.
   *
   * @param reason for people, e.g. "timeout after 2 retries", "authentication failure"
   */
  record Unreachable(Instant at, String reason) implements PollOutcome {}
}
