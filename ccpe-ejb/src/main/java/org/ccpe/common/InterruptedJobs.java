package org.ccpe.common;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At start-up, fails the background jobs this node was running when it stopped: import jobs and
 * functional audits run on a thread of the node that accepted them, and no thread survives a
 * restart, so without this they would show "running" for ever and their callers would poll in
 * vain. An interrupted import stored nothing (it commits at its end, or not at all); the job says
 * so, and to run it again. An audit's pairs not yet measured say why. Other nodes' jobs are left
 * alone: they may still be running.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@PermitAll
public class InterruptedJobs {
  /** The problem an interrupted import job ends with, shaped like the API's other problems. */
  static final String IMPORT_PROBLEM = "{\"type\":\"/api/v1/problems/interrupted\",\"title\":\"Interrupted\","
      + "\"status\":503,\"detail\":\"the server stopped while this import ran; nothing of it was stored:"
      + " send the document again\",\"errors\":[]}";
  static final String AUDIT_MESSAGE = "the server stopped while this audit ran; run it again";
  static final String PAIR_MESSAGE = "not measured: the server stopped";
  /** A job of the node (the one parameter) that had not finished; jobs from before V12 have no node. */
  private static final String INTERRUPTED = " WHERE state IN ('QUEUED', 'RUNNING') AND (node = ? OR node IS NULL)";
  private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

  @Resource(lookup = "java:jboss/datasources/CcpeDS")
  private DataSource dataSource;

  @PostConstruct
  void failInterrupted() {
    try (Connection c = dataSource.getConnection()) {
      int failed = failAll(c, ServerNode.name(), Instant.now());
      if (failed > 0) {
        LOG.warning(failed + " import job(s) or functional audit(s) were interrupted by the last stop; marked failed");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot mark interrupted jobs failed: " + e.getMessage(), e);
    }
  }

  /** Fails the queued and running jobs of {@code node} (and those from before nodes were recorded); returns how many. */
  static int failAll(Connection c, String node, Instant now) throws SQLException {
    try (PreparedStatement pairs = c.prepareStatement("UPDATE functional_audit_pair SET state = 'ERROR', message = ?"
        + " WHERE state = 'PENDING' AND audit_id IN (SELECT id FROM functional_audit" + INTERRUPTED + ")")) {
      pairs.setString(1, PAIR_MESSAGE);
      pairs.setString(2, node);
      pairs.executeUpdate();
    }
    return fail(c, "UPDATE import_job SET state = 'FAILED', finished_at = ?, result = ?", IMPORT_PROBLEM, node, now)
        + fail(c, "UPDATE functional_audit SET state = 'FAILED', finished_at = ?, message = ?", AUDIT_MESSAGE, node, now);
  }

  private static int fail(Connection c, String update, String why, String node, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(update + INTERRUPTED)) {
      Jdbc.instant(s, 1, now);
      s.setString(2, why);
      s.setString(3, node);
      return s.executeUpdate();
    }
  }
}
