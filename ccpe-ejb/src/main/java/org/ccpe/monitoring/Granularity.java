package org.ccpe.monitoring;

import java.time.Duration;
import java.time.Instant;

/**
 * The three resolutions history is kept in: raw samples (one per poll), 5-minute and hourly
 * roll-ups (average and maximum per interval), each in its own table.
 */
public enum Granularity {
  RAW("link_sample", Duration.ZERO),
  FIVE_MINUTES("link_rollup_5m", Duration.ofMinutes(5)),
  HOUR("link_rollup_1h", Duration.ofHours(1));

  private final String table;
  private final Duration bucket;

  Granularity(String table, Duration bucket) {
    this.table = table;
    this.bucket = bucket;
  }

  String table() {
    return table;
  }

  public Duration bucket() {
    return bucket;
  }

  /** The start of the bucket {@code at} falls in (raw: {@code at} itself). */
  public Instant bucketStart(Instant at) {
    long size = bucket.toSeconds();
    if (size == 0) {
      return at;
    }
    long second = at.getEpochSecond();
    return Instant.ofEpochSecond(second - Math.floorMod(second, size));
  }

  /** What this roll-up is computed from. */
  Granularity source() {
    return this == HOUR ? FIVE_MINUTES : RAW;
  }
}
