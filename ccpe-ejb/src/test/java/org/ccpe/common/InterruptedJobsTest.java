package org.ccpe.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.ccpe.schema.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Jobs a stopped node was running end failed at its next start; finished jobs and other nodes' stay as they are. */
class InterruptedJobsTest {
  private static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void failsThisNodesQueuedAndRunningJobsOnly(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      importJob(c, 1, "QUEUED", "node-a");
      importJob(c, 2, "RUNNING", "node-a");
      importJob(c, 3, "DONE", "node-a");
      importJob(c, 4, "RUNNING", "node-b");
      importJob(c, 5, "RUNNING", null);
      audit(c, 11, "RUNNING", "node-a");
      audit(c, 12, "FAILED", "node-a");
      audit(c, 13, "QUEUED", "node-b");
      pair(c, 21, 11, 0, "UP");
      pair(c, 22, 11, 1, "PENDING");
      pair(c, 23, 13, 0, "PENDING");

      assertEquals(4, InterruptedJobs.failAll(c, "node-a", NOW));

      assertEquals("FAILED", state(c, "import_job", 1));
      assertEquals("FAILED", state(c, "import_job", 2));
      assertEquals("DONE", state(c, "import_job", 3));
      assertEquals("RUNNING", state(c, "import_job", 4), "another node's job may still be running");
      assertEquals("FAILED", state(c, "import_job", 5), "a job from before nodes were recorded");
      assertEquals(InterruptedJobs.IMPORT_PROBLEM, text(c, "SELECT result FROM import_job WHERE id = 2"));
      assertNull(text(c, "SELECT result FROM import_job WHERE id = 4"));
      assertEquals(NOW, finishedAt(c, "import_job", 2));
      assertEquals("FAILED", state(c, "functional_audit", 11));
      assertEquals(InterruptedJobs.AUDIT_MESSAGE, text(c, "SELECT message FROM functional_audit WHERE id = 11"));
      assertEquals("FAILED", state(c, "functional_audit", 12));
      assertNull(text(c, "SELECT message FROM functional_audit WHERE id = 12"));
      assertEquals("QUEUED", state(c, "functional_audit", 13));
      assertEquals("UP", state(c, "functional_audit_pair", 21), "a pair measured before the stop keeps its result");
      assertEquals("ERROR", state(c, "functional_audit_pair", 22));
      assertEquals(InterruptedJobs.PAIR_MESSAGE, text(c, "SELECT message FROM functional_audit_pair WHERE id = 22"));
      assertEquals("PENDING", state(c, "functional_audit_pair", 23), "another node's audit");

      assertEquals(0, InterruptedJobs.failAll(c, "node-a", NOW), "a second start finds nothing left");
    }
  }

  private static void importJob(Connection c, long id, String state, String node) throws SQLException {
    insert(c, "INSERT INTO import_job (id, state, dry_run, entities, done_count, actor, created_at, node)"
        + " VALUES (?, ?, FALSE, 10, 0, 'admin', ?, ?)", id, state, node);
  }

  private static void audit(Connection c, long id, String state, String node) throws SQLException {
    insert(c, "INSERT INTO functional_audit (id, customer_id, state, requested_by, channel, created_at, node)"
        + " VALUES (?, 1, ?, 'admin@acme', 'PORTAL', ?, ?)", id, state, node);
  }

  private static void pair(Connection c, long id, long audit, int index, String state) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO functional_audit_pair (id, audit_id, pair_index,"
        + " origin_site_id, origin_site_name, routing_instance, source_address, destination_site_id,"
        + " destination_site_name, target_address, state) VALUES (?, ?, ?, 3, 'hq', 'CUST-2-HQ', '10.0.0.1', 5,"
        + " 'branch', '10.0.1.1', ?)")) {
      s.setLong(1, id);
      s.setLong(2, audit);
      s.setInt(3, index);
      s.setString(4, state);
      s.executeUpdate();
    }
  }

  private static void insert(Connection c, String sql, long id, String state, String node) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      s.setString(2, state);
      s.setObject(3, OffsetDateTime.parse("2026-11-28T14:00:00Z"));
      s.setString(4, node);
      s.executeUpdate();
    }
  }

  private static String state(Connection c, String table, long id) throws SQLException {
    return text(c, "SELECT state FROM " + table + " WHERE id = " + id);
  }

  private static Instant finishedAt(Connection c, String table, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT finished_at FROM " + table + " WHERE id = " + id);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getString(1);
    }
  }
}
