package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ccpe.common.Jdbc;
import org.ccpe.schema.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Samples, roll-ups and retention on both databases, through the same JDBC the server runs. */
class SampleHistoryTest {
  private static final Instant HOUR = Instant.parse("2026-11-28T10:00:00Z");
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void rollsFiveMinuteBucketsUpWithAverageAndMaximum(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      // link 1: 100, 200, 600 bits/s in the first bucket, 50 in the second
      SampleHistory.insert(c, List.of(sample(1, HOUR.plusSeconds(0), 100), sample(1, HOUR.plusSeconds(60), 200),
          sample(1, HOUR.plusSeconds(240), 600), sample(1, HOUR.plusSeconds(300), 50),
          sample(2, HOUR.plusSeconds(10), 1000)));

      int buckets = SampleHistory.rollUp(c, Granularity.FIVE_MINUTES, HOUR.plusSeconds(600), 100);

      assertEquals(2, buckets);
      List<SeriesPoint> link1 = SampleHistory.series(c, 1, HOUR, HOUR.plusSeconds(600), Granularity.FIVE_MINUTES, 10);
      assertEquals(2, link1.size());
      assertEquals(HOUR, link1.get(0).at());
      assertEquals(3, link1.get(0).samples());
      assertEquals(300, link1.get(0).inBps(), 1e-9);
      assertEquals(600, link1.get(0).inBpsMax(), 1e-9);
      assertEquals(50, link1.get(1).inBps(), 1e-9);
      assertEquals(1000, SampleHistory.series(c, 2, HOUR, HOUR.plusSeconds(600), Granularity.FIVE_MINUTES, 10)
          .get(0).inBps(), 1e-9);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void waitsForABucketToCompleteAndNeverRollsItTwice(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      SampleHistory.insert(c, List.of(sample(1, HOUR.plusSeconds(10), 100), sample(1, HOUR.plusSeconds(310), 100)));

      assertEquals(1, SampleHistory.rollUp(c, Granularity.FIVE_MINUTES, HOUR.plusSeconds(400), 100),
          "the second bucket is not complete yet");
      assertEquals(0, SampleHistory.rollUp(c, Granularity.FIVE_MINUTES, HOUR.plusSeconds(400), 100));
      assertEquals(1, SampleHistory.rollUp(c, Granularity.FIVE_MINUTES, HOUR.plusSeconds(600), 100));
      assertEquals(2, count(c, "link_rollup_5m"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void hourlyAveragesWeighTheSamplesNotTheBuckets(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      // three samples at 100 in the first 5 minutes, one at 500 in the last: the hour averaged 200
      SampleHistory.insert(c, List.of(sample(1, HOUR.plusSeconds(0), 100), sample(1, HOUR.plusSeconds(100), 100),
          sample(1, HOUR.plusSeconds(200), 100), sample(1, HOUR.plusSeconds(3500), 500)));
      SampleHistory.rollUp(c, Granularity.FIVE_MINUTES, HOUR.plusSeconds(3600), 100);

      SampleHistory.rollUp(c, Granularity.HOUR, SampleHistory.progress(c, Granularity.FIVE_MINUTES), 100);

      List<SeriesPoint> hourly = SampleHistory.series(c, 1, HOUR, HOUR.plusSeconds(3600), Granularity.HOUR, 10);
      assertEquals(1, hourly.size());
      assertEquals(4, hourly.get(0).samples());
      assertEquals(200, hourly.get(0).inBps(), 1e-9);
      assertEquals(500, hourly.get(0).inBpsMax(), 1e-9);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void prunesEachTableAtItsOwnRetention(String kind) throws SQLException {
    Instant now = HOUR.plus(Duration.ofDays(400));
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      SampleHistory.insert(c, List.of(sample(1, now.minus(Duration.ofHours(49)), 1),
          sample(1, now.minus(Duration.ofHours(47)), 1)));
      insertRollup(c, "link_rollup_5m", now.minus(Duration.ofDays(31)));
      insertRollup(c, "link_rollup_5m", now.minus(Duration.ofDays(29)));
      insertRollup(c, "link_rollup_1h", now.minus(Duration.ofDays(366)));
      insertRollup(c, "link_rollup_1h", now.minus(Duration.ofDays(364)));

      var pruned = SampleHistory.prune(c, now, MonitoringSettings.current());

      assertEquals(1, pruned.get(Granularity.RAW));
      assertEquals(1, pruned.get(Granularity.FIVE_MINUTES));
      assertEquals(1, pruned.get(Granularity.HOUR));
      assertEquals(1, count(c, "link_sample"));
    }
  }

  /**
   * The cost that matters at scale: one cycle of 10,000 links written in batches. The bound is
   * loose (a shared, loaded build machine); the time printed is what docs/BENCHMARKS.md records.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void writesACycleOfTenThousandSamplesInOneBatchedRound(String kind) throws SQLException {
    List<LinkSample> cycle = new ArrayList<>();
    for (long link = 1; link <= 10_000; link++) {
      cycle.add(sample(link, HOUR, link));
    }
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      c.setAutoCommit(false);
      List<LinkSample> warm = new ArrayList<>();
      for (long link = 1; link <= 10_000; link++) {
        warm.add(sample(link, HOUR.minusSeconds(60), link));
      }
      SampleHistory.insert(c, warm); // warm the JIT and the statement path as a running server has them
      long start = System.nanoTime();
      SampleHistory.insert(c, cycle);
      c.commit();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.println("10,000 samples on " + kind + ": " + took.toMillis() + " ms");
      assertEquals(20_000, count(c, "link_sample"));
      assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
    }
  }

  static LinkSample sample(long link, Instant at, double inBps) {
    return new LinkSample(link, at, true, inBps, inBps / 2, 10, 5, 0, 0, 1);
  }

  private static void insertRollup(Connection c, String table, Instant at) throws SQLException {
    try (var s = c.prepareStatement("INSERT INTO " + table + " VALUES (1, ?, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,"
        + " 0, 0, 0, 0)")) {
      Jdbc.instant(s, 1, at);
      s.executeUpdate();
    }
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
