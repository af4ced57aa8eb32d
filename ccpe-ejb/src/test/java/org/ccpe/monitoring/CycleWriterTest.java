package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.ccpe.common.Jdbc;
import org.ccpe.monitoring.snmp.AdminStatus;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.OperStatus;
import org.ccpe.monitoring.snmp.PollOutcome;
import org.ccpe.monitoring.snmp.PollPlan;
import org.ccpe.schema.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole cycles through the same JDBC the server runs: statuses, samples, alarms and backoff, and
 * what a cycle of 100 routers × 100 access links costs to store.
 */
class CycleWriterTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  private final List<String> alarms = new ArrayList<>();
  private final CycleWriter.AlarmSink sink = new CycleWriter.AlarmSink() {
    @Override
    public void raise(AlarmSubject about, AlarmCause cause, String detail, Instant at) {
      alarms.add("raise " + cause + " " + (cause.aboutRouter() ? about.routerId() : about.accessLinkId()));
    }

    @Override
    public void clear(AlarmCause cause, long subjectId, Instant at) {
      alarms.add("clear " + cause + " " + subjectId);
    }
  };

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void storesACycleOfTenThousandLinks(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      inventory(c, 100, 100);
      c.setAutoCommit(false);
      CycleWriter writer = new CycleWriter(c, MonitoringSettings.current(), sink);
      assertEquals(0, writer.record(cycle(100, 100, T0, 0)), "the first cycle only remembers the counters");
      c.commit();

      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      int samples = writer.record(cycle(100, 100, T0.plusSeconds(60), 1));
      c.commit();
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      // CPU time of this thread: the test's share (and H2's, which runs in it) even on a busy machine
      System.out.println("a cycle of 10,000 links stored on " + kind + " in " + took.toMillis() + " ms, "
          + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000 + " ms CPU in this thread");
      assertEquals(10_000, samples);
      assertEquals(10_000, count(c, "SELECT COUNT(*) FROM link_state WHERE status = 'UP'"));
      assertTrue(alarms.stream().allMatch(a -> a.startsWith("clear ROUTER_UNREACHABLE")), alarms::toString);
      assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void anUnreachableRouterBacksOffDoublingAndRaisesOnce(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      inventory(c, 1, 2);
      CycleWriter writer = new CycleWriter(c, MonitoringSettings.current(), sink);
      writer.record(cycle(1, 2, T0, 0));

      writer.record(List.of(unreachable(T0.plusSeconds(60))));
      Instant firstRetry = nextPoll(c);
      writer.record(List.of(unreachable(T0.plusSeconds(180))));

      assertEquals(T0.plusSeconds(60 + 120), firstRetry, "60 s interval doubled once");
      assertEquals(T0.plusSeconds(180 + 240), nextPoll(c), "and twice");
      assertEquals(2, count(c, "SELECT COUNT(*) FROM link_state WHERE status = 'UNKNOWN'"));
      assertEquals(List.of("clear ROUTER_UNREACHABLE 1", "raise ROUTER_UNREACHABLE 1", "raise ROUTER_UNREACHABLE 1"),
          alarms, "the book dedups the second raise");
    }
  }

  /** One reading per link of every router, counters advanced {@code minute} minutes at 100 Mbit/s. */
  private static List<PollResult> cycle(int routers, int linksPerRouter, Instant at, int minute) {
    List<PollResult> results = new ArrayList<>();
    for (int r = 1; r <= routers; r++) {
      Map<String, InterfaceReading> readings = new HashMap<>();
      Map<String, Integer> indexes = new HashMap<>();
      for (int l = 1; l <= linksPerRouter; l++) {
        String name = "ge-0/0/0." + l;
        long octets = 1_000L + minute * 60L * 12_500_000L;
        readings.put(name, new InterfaceReading(l, name, OperStatus.UP, AdminStatus.UP, octets, octets, 10L * minute,
            10L * minute, null, null, null, null, 0, 0, 0, 0, 1000, 0));
        indexes.put(name, l);
      }
      PollWork work = new PollWork(r, "mx" + r, null, new PollPlan(readings.keySet(), Map.of(), OptionalLong.empty()),
          Duration.ofSeconds(60), null);
      results.add(new PollResult(work, new PollOutcome.Reached(at, 6000L * (minute + 1), false, indexes, readings,
          Set.of(), Duration.ofMillis(5))));
    }
    return results;
  }

  private static PollResult unreachable(Instant at) {
    PollWork work = new PollWork(1, "mx1", null, PollPlan.firstTime(Set.of()), Duration.ofSeconds(60), null);
    return new PollResult(work, new PollOutcome.Unreachable(at, "timeout after 0 retries"));
  }

  /** Routers 1..n with one customer site each and {@code links} access links {@code ge-0/0/0.1…}. */
  private static void inventory(Connection c, int routers, int links) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO customer (id, version, created_at, updated_at, name, display_name, source)"
          + " VALUES (1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'acme', 'ACME', 'MANUAL')");
    }
    try (PreparedStatement router = c.prepareStatement("INSERT INTO router (id, version, created_at, updated_at,"
            + " name, management_host, netconf_port, netconf_user, snmp_version, snmp_port, services_prefix,"
            + " services_interface) VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, '192.0.2.1', 830, 'ccpe',"
            + " 'V2C', 161, 'MS', 'ms-1/0/0')");
        PreparedStatement poll = c.prepareStatement(
            "INSERT INTO router_poll_state (router_id, next_poll_at, failures) VALUES (?, CURRENT_TIMESTAMP, 0)");
        PreparedStatement site = c.prepareStatement("INSERT INTO site (id, version, created_at, updated_at,"
            + " customer_id, name, router_id, routing_instance, lan_gateway) VALUES (?, 0, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP, 1, ?, ?, ?, '10.1.2.1/24')");
        PreparedStatement link = c.prepareStatement("INSERT INTO access_link (id, version, created_at, updated_at,"
            + " site_id, router_id, interface_name, physical_port, unit_number, vlan_id, link_role)"
            + " VALUES (?, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, 'ge-0/0/0', ?, ?, 'VPN')")) {
      for (int r = 1; r <= routers; r++) {
        router.setLong(1, r);
        router.setString(2, "mx" + r);
        router.executeUpdate();
        poll.setLong(1, r);
        poll.executeUpdate();
        site.setLong(1, 1000 + r);
        site.setString(2, "site" + r);
        site.setLong(3, r);
        site.setString(4, "acme_site" + r);
        site.executeUpdate();
        for (int l = 1; l <= links; l++) {
          link.setLong(1, 100_000L + r * 1000L + l);
          link.setLong(2, 1000 + r);
          link.setLong(3, r);
          link.setString(4, "ge-0/0/0." + l);
          link.setInt(5, l);
          link.setInt(6, l);
          link.addBatch();
        }
        link.executeBatch();
      }
    }
    c.commit();
    c.setAutoCommit(true);
  }

  private static Instant nextPoll(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT next_poll_at FROM router_poll_state")) {
      rs.next();
      return Jdbc.instant(rs, 1);
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
