package org.ccpe.monitoring;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The transactions around {@link CycleWriter}: one per batch of poll results (many routers), one
 * per trap; alarm decisions go to {@link AlarmBook} in the same transaction.
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
    try (Connection c = dataSource.getConnection()) {
      return writer(c).record(results);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store poll results: " + e.getMessage(), e);
    }
  }

  /** Applies a trap's news to a link at once (status and alarms); the next poll brings counters. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean linkTrap(long accessLinkId, boolean up, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      return writer(c).linkTrap(accessLinkId, up, at);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store a trap: " + e.getMessage(), e);
    }
  }

  private CycleWriter writer(Connection c) {
    return new CycleWriter(c, MonitoringSettings.current(), new CycleWriter.AlarmSink() {
      @Override
      public void raise(AlarmSubject about, AlarmCause cause, String detail, Instant at) {
        alarms.raise(about, cause, detail, at);
      }

      @Override
      public void clear(AlarmCause cause, long subjectId, Instant at) {
        alarms.clear(cause, subjectId, at);
      }
    });
  }
}
