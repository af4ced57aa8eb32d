package org.ccpe.monitoring;

import static org.ccpe.monitoring.Jdbc.instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.PollOutcome;

/**
 * Stores what polls brought, many routers per transaction: per link the new state, a sample and
 * the alarm changes {@link LinkEvaluator} decided; per router the schedule (backoff after a
 * failure) and the router-unreachable alarm. States and samples go in JDBC batches.
 */
@Stateless
@PermitAll
public class CycleRecorder {
  @Resource(lookup = "java:jboss/datasources/CcpeDS")
  private DataSource dataSource;

  @EJB private AlarmBook alarms;

  /** Stores the results in one transaction; returns the number of samples written. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int record(List<PollResult> results) {
    MonitoringSettings settings = MonitoringSettings.current();
    LinkEvaluator evaluator = new LinkEvaluator(settings);
    List<LinkState> touched = new ArrayList<>();
    List<LinkSample> samples = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
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
          reached(c, result.work(), reached);
        } else {
          PollOutcome.Unreachable failed = (PollOutcome.Unreachable) result.outcome();
          for (LinkState state : states.values()) {
            apply(state, evaluator.unreachable(state, failed.at()), failed.at(), samples);
          }
          unreachable(c, result.work(), failed, settings);
        }
        touched.addAll(states.values());
      }
      LinkStates.save(c, touched, Instant.now());
      SampleHistory.insert(c, samples);
      return samples.size();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store poll results: " + e.getMessage(), e);
    }
  }

  /** Applies a trap's news to a link at once (status and alarms); the next poll brings counters. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean linkTrap(long accessLinkId, boolean up, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      LinkState state = LinkStates.ofLink(c, accessLinkId);
      if (state == null) {
        return false;
      }
      apply(state, new LinkEvaluator(MonitoringSettings.current()).trap(state, up, at), at, new ArrayList<>());
      LinkStates.save(c, List.of(state), at);
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store a trap: " + e.getMessage(), e);
    }
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

  private void reached(Connection c, PollWork work, PollOutcome.Reached reached) throws SQLException {
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
  private void unreachable(Connection c, PollWork work, PollOutcome.Unreachable failed, MonitoringSettings settings)
      throws SQLException {
    String reason = work.problem() != null ? work.problem() : failed.reason();
    try (PreparedStatement s = c.prepareStatement("UPDATE router_poll_state SET failures = failures + 1,"
        + " last_error = ?, next_poll_at = ? WHERE router_id = ?")) {
      int failures = failures(c, work.routerId()) + 1;
      s.setString(1, reason.length() > 500 ? reason.substring(0, 500) : reason);
      instant(s, 2, failed.at().plus(settings.backoff(work.interval(), failures)));
      s.setLong(3, work.routerId());
      s.executeUpdate();
    }
    alarms.raise(AlarmSubject.router(work.routerId(), work.routerName()), AlarmCause.ROUTER_UNREACHABLE,
        reason, failed.at());
  }

  private static int failures(Connection c, long routerId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT failures FROM router_poll_state WHERE router_id = ?")) {
      s.setLong(1, routerId);
      try (var rs = s.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }
}
