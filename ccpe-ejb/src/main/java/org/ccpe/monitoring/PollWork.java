package org.ccpe.monitoring;

import java.time.Duration;
import org.ccpe.monitoring.snmp.AgentTarget;
import org.ccpe.monitoring.snmp.PollPlan;

/**
 * One router's poll for this cycle: whom to ask what. {@code target} is null when the router cannot
 * be asked at all ({@code problem} says why, e.g. missing credentials), which counts as unreachable.
 */
record PollWork(long routerId, String routerName, AgentTarget target, PollPlan plan, Duration interval,
    String problem) {}
