package org.ccpe.monitoring;

import org.ccpe.monitoring.snmp.PollOutcome;

/** A router's poll and what came of it, waiting to be stored. */
record PollResult(PollWork work, PollOutcome outcome) {}
