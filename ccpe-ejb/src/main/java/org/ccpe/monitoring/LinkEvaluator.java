package org.ccpe.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.OperStatus;
import org.ccpe.monitoring.snmp.RateCalculator;
import org.ccpe.monitoring.snmp.RateResult;

/**
 * What one observation means for one access link: the new status (and since when), the sample
 * for the history, and which alarms to raise or clear. Pure (the state object is moved on, nothing
 * else is touched), so every rule is tested without a database or an agent.
 *
 * <p>Alarms follow transitions, not levels: a link that went down raises once, one that came up
 * clears once, so a cycle of 10,000 unchanged links asks nothing of the alarm table. A link whose
 * status became unknown (router unreachable, interface gone) keeps its alarms: not knowing is not
 * recovering.
 */
final class LinkEvaluator {
  private final MonitoringSettings settings;

  LinkEvaluator(MonitoringSettings settings) {
    this.settings = settings;
  }

  /** The outcome of one observation of one link. {@code sample} is null when no rate could be had. */
  record Evaluation(LinkSample sample, List<AlarmChange> alarms) {}

  /** A reading from a poll at {@code at} with the agent's sysUpTime. */
  Evaluation reading(LinkState state, Instant at, long sysUpTime, boolean agentRestarted, InterfaceReading reading) {
    List<AlarmChange> alarms = new ArrayList<>();
    moveTo(state, statusOf(reading.operStatus()), at, alarms);
    LinkSample sample = null;
    RateResult result = state.lastReading == null || state.sampledAt == null || state.sysUpTimeTicks == null
            || agentRestarted || state.ifIndex == null || state.ifIndex != reading.ifIndex()
        ? null
        : RateCalculator.between(state.sampledAt, state.sysUpTimeTicks, state.lastReading, at, sysUpTime, reading);
    if (result instanceof RateResult.Rates rates) {
      sample = new LinkSample(state.accessLinkId, at, state.status == LinkStatus.UP, rates.inBps(), rates.outBps(),
          rates.inPps(), rates.outPps(), rates.errorsPerSec(), rates.discardsPerSec(), rates.utilisationPercent());
      state.inBps = rates.inBps();
      state.outBps = rates.outBps();
      state.utilisation = rates.utilisationPercent();
      thresholds(state, rates, alarms);
    }
    state.ifIndex = reading.ifIndex();
    state.lastReading = reading;
    state.sampledAt = at;
    state.sysUpTimeTicks = sysUpTime;
    return new Evaluation(sample, alarms);
  }

  /** The router answered but has no interface of this name (not provisioned yet, or renamed). */
  Evaluation notFound(LinkState state, Instant at) {
    List<AlarmChange> alarms = new ArrayList<>();
    moveTo(state, LinkStatus.UNKNOWN, at, alarms);
    state.ifIndex = null;
    state.lastReading = null;
    return new Evaluation(null, alarms);
  }

  /** The router did not answer: its links' status is unknown; their counters stay for the next rate. */
  Evaluation unreachable(LinkState state, Instant at) {
    List<AlarmChange> alarms = new ArrayList<>();
    moveTo(state, LinkStatus.UNKNOWN, at, alarms);
    return new Evaluation(null, alarms);
  }

  /** A linkDown or linkUp trap: the status changes at once, the next poll brings the counters. */
  Evaluation trap(LinkState state, boolean up, Instant at) {
    List<AlarmChange> alarms = new ArrayList<>();
    moveTo(state, up ? LinkStatus.UP : LinkStatus.DOWN, at, alarms);
    return new Evaluation(null, alarms);
  }

  private static void moveTo(LinkState state, LinkStatus status, Instant at, List<AlarmChange> alarms) {
    if (state.status == status && state.statusSince != null) {
      return;
    }
    boolean changed = state.status != status;
    boolean fresh = state.statusSince == null; // never observed: no alarm of it can be active
    state.status = status;
    state.statusSince = at;
    if (status == LinkStatus.DOWN && changed) {
      alarms.add(AlarmChange.raise(AlarmCause.ACCESS_LINK_DOWN, "operational status down"));
    } else if (status == LinkStatus.UP && changed && !fresh) {
      // from down, or from unknown (the router was unreachable meanwhile): the alarm may be active
      alarms.add(AlarmChange.clear(AlarmCause.ACCESS_LINK_DOWN));
    }
  }

  private void thresholds(LinkState state, RateResult.Rates rates, List<AlarmChange> alarms) {
    threshold(settings.utilisation(), state.highUse, rates.utilisationPercent(), AlarmCause.HIGH_UTILISATION,
        "utilisation %", alarms);
    threshold(settings.errorRate(), state.highErrors, rates.errorsPerSec(), AlarmCause.HIGH_ERROR_RATE,
        "errors/s", alarms);
  }

  private static void threshold(Hysteresis rule, LinkState.Threshold memory, double value, AlarmCause cause,
      String unit, List<AlarmChange> alarms) {
    Hysteresis.Step step = rule.next(memory.count, memory.alarm, value);
    memory.count = step.highCount();
    if (step.action() == Hysteresis.Action.RAISE) {
      memory.alarm = true;
      alarms.add(AlarmChange.raise(cause, String.format(Locale.ROOT,
          "%.1f %s for %d samples (raised at %.0f, cleared below %.0f)", value, unit, step.highCount(),
          rule.raiseAt(), rule.clearBelow())));
    } else if (step.action() == Hysteresis.Action.CLEAR) {
      memory.alarm = false;
      alarms.add(AlarmChange.clear(cause));
    }
  }

  static LinkStatus statusOf(OperStatus oper) {
    return switch (oper) {
      case UP -> LinkStatus.UP;
      case UNKNOWN, NOT_PRESENT -> LinkStatus.UNKNOWN;
      default -> LinkStatus.DOWN;
    };
  }
}
