package org.ccpe.monitoring;

import static org.ccpe.common.Jdbc.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.PollOutcome;

/**
 * Writes what polls and traps brought over one connection, inside the caller's transaction: per
 * link the new state, a sample and the alarm changes {@link LinkEvaluator} decided; per router
 * the schedule (backoff after a failure) and the router-unreachable alarm. States and samples go
 * in JDBC batches. Plain Java over JDBC, so a whole cycle of 10,000 links is measured in a test.
 */
final class CycleWriter {
  /** Where alarm decisions go ({@link AlarmBook} in the server). */
  interface AlarmSink {
    void raise(AlarmSubject about, AlarmCause cause, String detail, Instant at);

    void clear(AlarmCause cause, long subjectId, Instant at);
  }

  private final Connection c;
  private final MonitoringSettings settings;
  private final LinkEvaluator evaluator;
  private final AlarmSink alarms;

  CycleWriter(Connection c, MonitoringSettings settings, AlarmSink alarms) {
    this.c = c;
    this.settings = settings;
    this.evaluator = new LinkEvaluator(settings);
    this.alarms = alarms;
  }

  /** Stores the results; returns the number of samples written. */
  int record(List<PollResult> results) throws SQLException {
    List<LinkState> touched = new ArrayList<>();
    List<LinkSample> samples = new ArrayList<>();
    for (PollResult result : results) {
      Map<Long, LinkState> states = LinkStates.ofRouter(c, result.work().routerId());
      if (result.outcome() instanceof PollOutcome.Reached reached) {
        for (LinkState state : states.values()) {
          InterfaceReading reading = reached.readings().get(state.interfaceName);
          LinkEvaluator.Evaluation e = reading == null
              ? evaluator.notFound(state, reached.at())
              : evaluator.reading(state, reached.at(), reached.sysUpTimeTicks(), reached.agentRestarted(), reading);
          apply(state, e, reached.at(), samples);
        }
        reached(result.work(), reached);
      } else {
        PollOutcome.Unreachable failed = (PollOutcome.Unreachable) result.outcome();
        for (LinkState state : states.values()) {
          apply(state, evaluator.unreachable(state, failed.at()), failed.at(), samples);
        }
        unreachable(result.work(), failed);
      }
      touched.addAll(states.values());
    }
    LinkStates.save(c, touched, Instant.now());
    SampleHistory.insert(c, samples);
    return samples.size();
  }

  /** Applies a trap's news to a link (status and alarms); false when there is no such link. */
  boolean linkTrap(long accessLinkId, boolean up, Instant at) throws SQLException {
    LinkState state = LinkStates.ofLink(c, accessLinkId);
    if (state == null) {
      return false;
    }
    apply(state, evaluator.trap(state, up, at), at, new ArrayList<>());
    LinkStates.save(c, List.of(state), at);
    return true;
  }

  private void apply(LinkState state, LinkEvaluator.Evaluation evaluation, Instant at, List<LinkSample> samples) {
    if (evaluation.sample() != null) {
      samples.add(evaluation.sample());
    }
    for (AlarmChange change : evaluation.alarms()) {
      if (change.raise()) {
        alarms.raise(state.subject(), change.cause(), change.detail(), at);
      } else {
        alarms.clear(change.cause(), state.accessLinkId, at);
      }
    }
  }

  private void reached(PollWork work, PollOutcome.Reached reached) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE router_poll_state SET failures = 0, last_error = NULL,"
        + " last_success_at = ?, sys_uptime_ticks = ? WHERE router_id = ?")) {
      instant(s, 1, reached.at());
      s.setLong(2, reached.sysUpTimeTicks());
      s.setLong(3, work.routerId());
      s.executeUpdate();
    }
    alarms.clear(AlarmCause.ROUTER_UNREACHABLE, work.routerId(), reached.at());
  }

  /** Backs off (the interval doubled per failure in a row, capped) and raises the alarm. */
  private void unreachable(PollWork work, PollOutcome.Unreachable failed) throws SQLException {
    String reason = work.problem() != null ? work.problem() : failed.reason();
    int failures = failures(work.routerId()) + 1;
    try (PreparedStatement s = c.prepareStatement("UPDATE router_poll_state SET failures = ?, last_error = ?,"
        + " next_poll_at = ? WHERE router_id = ?")) {
      s.setInt(1, failures);
      s.setString(2, reason.length() > 500 ? reason.substring(0, 500) : reason);
      instant(s, 3, failed.at().plus(settings.backoff(work.interval(), failures)));
      s.setLong(4, work.routerId());
      s.executeUpdate();
    }
    alarms.raise(AlarmSubject.router(work.routerId(), work.routerName()), AlarmCause.ROUTER_UNREACHABLE,
        reason, failed.at());
  }

  private int failures(long routerId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT failures FROM router_poll_state WHERE router_id = ?")) {
      s.setLong(1, routerId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }
}
