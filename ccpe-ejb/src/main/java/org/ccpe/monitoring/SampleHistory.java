package org.ccpe.monitoring;

import static org.ccpe.common.Jdbc.instant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The access links' history in plain JDBC: raw samples inserted in batches (a cycle of 10,000
 * links is one round of batches, not 10,000 statements), roll-ups computed by the database one
 * bucket at a time, retention, and the series the charts and the API read.
 *
 * <p>A roll-up bucket is replaced whole (delete, insert from its source), so rolling one twice
 * gives the same rows; {@code rollup_progress} says how far each roll-up got, so a restart neither
 * skips nor repeats. Hourly averages are weighted by the 5-minute buckets' sample counts, so an
 * hour with a gap averages the samples it has, not the buckets.
 */
final class SampleHistory {
  /** The rate columns, each kept as average and maximum in the roll-ups. */
  static final List<String> METRICS =
      List.of("in_bps", "out_bps", "in_pps", "out_pps", "errors_ps", "discards_ps", "utilisation");
  private static final int BATCH = 1000;

  private SampleHistory() {}

  static void insert(Connection c, List<LinkSample> samples) throws SQLException {
    if (samples.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO link_sample (access_link_id, sampled_at, oper_up,"
        + " in_bps, out_bps, in_pps, out_pps, errors_ps, discards_ps, utilisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (LinkSample sample : samples) {
        s.setLong(1, sample.accessLinkId());
        instant(s, 2, sample.at());
        s.setBoolean(3, sample.operUp());
        s.setDouble(4, sample.inBps());
        s.setDouble(5, sample.outBps());
        s.setDouble(6, sample.inPps());
        s.setDouble(7, sample.outPps());
        s.setDouble(8, sample.errorsPerSec());
        s.setDouble(9, sample.discardsPerSec());
        s.setDouble(10, sample.utilisationPercent());
        s.addBatch();
        if (++pending == BATCH) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /**
   * Rolls up every complete bucket of {@code target} not rolled yet, at most {@code maxBuckets}
   * non-empty ones per call (the rest next time); empty stretches are skipped in one step.
   *
   * @param until buckets ending after this are not complete yet and wait
   * @return the number of buckets written
   */
  static int rollUp(Connection c, Granularity target, Instant until, int maxBuckets) throws SQLException {
    Instant end = target.bucketStart(until);
    Instant progress = progress(c, target);
    int written = 0;
    while (written < maxBuckets) {
      Instant next = earliest(c, target.source(), progress, end);
      if (next == null) {
        progress = end; // nothing (more) to roll before the end: an empty stretch is passed in one step
        break;
      }
      Instant bucket = target.bucketStart(next);
      rollBucket(c, target, bucket);
      written++;
      progress = bucket.plus(target.bucket());
    }
    saveProgress(c, target, progress);
    return written;
  }

  private static void rollBucket(Connection c, Granularity target, Instant bucket) throws SQLException {
    String aggregates = METRICS.stream()
        .map(m -> target.source() == Granularity.RAW
            ? "AVG(" + m + "), MAX(" + m + ")"
            : "SUM(" + m + " * samples) / SUM(samples), MAX(" + m + "_max)")
        .collect(Collectors.joining(", "));
    String count = target.source() == Granularity.RAW ? "COUNT(*)" : "SUM(samples)";
    String columns = METRICS.stream().map(m -> m + ", " + m + "_max").collect(Collectors.joining(", "));
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + target.table() + " WHERE sampled_at = ?");
        PreparedStatement insert = c.prepareStatement("INSERT INTO " + target.table()
            + " (access_link_id, sampled_at, samples, " + columns + ") SELECT access_link_id, ?, " + count + ", "
            + aggregates + " FROM " + target.source().table() + " WHERE sampled_at >= ? AND sampled_at < ?"
            + " GROUP BY access_link_id")) {
      instant(delete, 1, bucket);
      delete.executeUpdate();
      instant(insert, 1, bucket);
      instant(insert, 2, bucket);
      instant(insert, 3, bucket.plus(target.bucket()));
      insert.executeUpdate();
    }
  }

  /** The earliest source row in [from, to), or null; from null means "from the beginning". */
  private static Instant earliest(Connection c, Granularity source, Instant from, Instant to) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT MIN(sampled_at) FROM " + source.table()
        + " WHERE sampled_at >= ? AND sampled_at < ?")) {
      instant(s, 1, from == null ? Instant.EPOCH : from);
      instant(s, 2, to);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return instant(rs, 1);
      }
    }
  }

  /** How far a roll-up got; null before its first run. */
  static Instant progress(Connection c, Granularity target) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT rolled_until FROM rollup_progress WHERE granularity = ?")) {
      s.setString(1, key(target));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? instant(rs, 1) : null;
      }
    }
  }

  private static void saveProgress(Connection c, Granularity target, Instant until) throws SQLException {
    if (until == null) {
      return;
    }
    try (PreparedStatement update = c.prepareStatement("UPDATE rollup_progress SET rolled_until = ? WHERE granularity = ?")) {
      instant(update, 1, until);
      update.setString(2, key(target));
      if (update.executeUpdate() == 0) {
        try (PreparedStatement insert = c.prepareStatement(
            "INSERT INTO rollup_progress (granularity, rolled_until) VALUES (?, ?)")) {
          insert.setString(1, key(target));
          instant(insert, 2, until);
          insert.executeUpdate();
        }
      }
    }
  }

  private static String key(Granularity g) {
    return g == Granularity.HOUR ? "1h" : "5m";
  }

  /** Deletes what is older than each table's retention; returns the rows deleted per table. */
  static Map<Granularity, Integer> prune(Connection c, Instant now, MonitoringSettings settings) throws SQLException {
    Map<Granularity, Integer> deleted = new EnumMap<>(Granularity.class);
    deleted.put(Granularity.RAW, deleteBefore(c, Granularity.RAW, now.minus(settings.rawRetention())));
    deleted.put(Granularity.FIVE_MINUTES,
        deleteBefore(c, Granularity.FIVE_MINUTES, now.minus(settings.fiveMinuteRetention())));
    deleted.put(Granularity.HOUR, deleteBefore(c, Granularity.HOUR, now.minus(settings.hourlyRetention())));
    return deleted;
  }

  private static int deleteBefore(Connection c, Granularity g, Instant cutoff) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + g.table() + " WHERE sampled_at < ?")) {
      instant(s, 1, cutoff);
      return s.executeUpdate();
    }
  }

  /** A link's points in [from, to), oldest first, at most {@code maxPoints}. */
  static List<SeriesPoint> series(Connection c, long accessLinkId, Instant from, Instant to, Granularity g,
      int maxPoints) throws SQLException {
    String columns = g == Granularity.RAW
        ? "sampled_at, 1, in_bps, in_bps, out_bps, out_bps, in_pps, out_pps, errors_ps, discards_ps, utilisation, utilisation"
        : "sampled_at, samples, in_bps, in_bps_max, out_bps, out_bps_max, in_pps, out_pps, errors_ps, discards_ps,"
            + " utilisation, utilisation_max";
    List<SeriesPoint> points = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM " + g.table()
        + " WHERE access_link_id = ? AND sampled_at >= ? AND sampled_at < ? ORDER BY sampled_at")) {
      s.setLong(1, accessLinkId);
      instant(s, 2, from);
      instant(s, 3, to);
      s.setMaxRows(maxPoints);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          points.add(new SeriesPoint(instant(rs, 1), rs.getInt(2), rs.getDouble(3), rs.getDouble(4),
              rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8), rs.getDouble(9),
              rs.getDouble(10), rs.getDouble(11), rs.getDouble(12)));
        }
      }
    }
    return points;
  }
}
