package org.ccpe.monitoring;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Rolls raw samples up into 5-minute and hourly buckets, prunes what is past retention, and
 * clears the alarms of links and routers deleted meanwhile. Testable without the clock: {@link #rollUpAndPrune(Instant)} takes now.
 */
@Stateless
@PermitAll
public class HistoryKeeper {
  /** A sample may arrive this late (a slow router) and still count in its 5-minute bucket. */
  static final Duration GRACE = Duration.ofMinutes(1);
  private static final int MAX_BUCKETS = 2_000;

  @Resource(lookup = "java:jboss/datasources/CcpeDS")
  private DataSource dataSource;

  @EJB private AlarmBook alarms;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String rollUpAndPrune(Instant now) {
    try (Connection c = dataSource.getConnection()) {
      int fiveMinutes = SampleHistory.rollUp(c, Granularity.FIVE_MINUTES, now.minus(GRACE), MAX_BUCKETS);
      Instant rolled = SampleHistory.progress(c, Granularity.FIVE_MINUTES);
      int hours = rolled == null ? 0 : SampleHistory.rollUp(c, Granularity.HOUR, rolled, MAX_BUCKETS);
      Map<Granularity, Integer> pruned = SampleHistory.prune(c, now, MonitoringSettings.current());
      int orphans = alarms.clearOrphans(now);
      return fiveMinutes + " 5-minute and " + hours + " hourly bucket(s) rolled up; pruned " + pruned + "; "
          + orphans + " alarm(s) of deleted links or routers cleared";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot roll up the history: " + e.getMessage(), e);
    }
  }
}
