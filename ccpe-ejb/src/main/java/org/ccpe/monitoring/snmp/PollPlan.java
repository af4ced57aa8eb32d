package org.ccpe.monitoring.snmp;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What to read from one agent: the access links' interface names (MX unit names such as {@code
 * ge-0/0/1.100}) and what the caller remembers from the last cycle, so the poller can skip
 * resolving names to ifIndexes again.
 *
 * @param knownIfIndex name to ifIndex as the last {@link PollOutcome.Reached} reported; may be empty
 * @param lastSysUpTimeTicks sysUpTime of the last cycle; a smaller value now means the agent
 *     restarted and every index is resolved again
 */
public record PollPlan(
    Set<String> interfaceNames, Map<String, Integer> knownIfIndex, OptionalLong lastSysUpTimeTicks) {

  public PollPlan {
    interfaceNames = Set.copyOf(interfaceNames);
    knownIfIndex = Map.copyOf(knownIfIndex);
    if (lastSysUpTimeTicks == null) {
      lastSysUpTimeTicks = OptionalLong.empty();
    }
  }

  /** A first poll: nothing known yet. */
  public static PollPlan firstTime(Set<String> interfaceNames) {
    return new PollPlan(interfaceNames, Map.of(), OptionalLong.empty());
  }

  /** The plan for the next cycle after {@code reached}. */
  public PollPlan next(PollOutcome.Reached reached) {
    return new PollPlan(
        interfaceNames, reached.ifIndexByName(), OptionalLong.of(reached.sysUpTimeTicks()));
  }
}
