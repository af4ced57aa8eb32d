package org.ccpe.provisioning;

import java.time.Duration;

/**
 * The provisioning engine's knobs, from system properties (WildFly: {@code -D} or the {@code
 * system-property} resource), read when used so a change applies without a redeploy.
 */
public record ProvisioningSettings(
    Duration commitInterval,
    int parallelRouters,
    int confirmMinutes,
    int maxAttempts,
    Duration retryBase,
    Duration replyTimeout,
    Duration commitTimeout,
    Duration driftInterval,
    int maxSitesPerCommit,
    Duration settle,
    Duration maxHold) {

  public static ProvisioningSettings current() {
    return new ProvisioningSettings(
        Duration.ofMillis(number("ccpe.commit.interval-ms", 10_000)),
        (int) number("ccpe.commit.parallel-routers", 8),
        (int) number("ccpe.commit.confirm-minutes", 1),
        (int) number("ccpe.commit.max-attempts", 6),
        Duration.ofMillis(number("ccpe.commit.retry-base-ms", 5_000)),
        Duration.ofMillis(number("ccpe.netconf.reply-timeout-ms", 30_000)),
        Duration.ofMillis(number("ccpe.netconf.commit-timeout-ms", 120_000)),
        Duration.ofMillis(number("ccpe.drift.interval-ms", 3_600_000)),
        (int) number("ccpe.commit.max-sites-per-commit", 10_000),
        Duration.ofMillis(number("ccpe.commit.settle-ms", 0)),
        Duration.ofMillis(number("ccpe.commit.max-hold-ms", 30_000)));
  }

  /**
   * Whether a router's queue is ready to commit: with a settle time, only once no change has
   * arrived for that long (a burst goes out as one batch) or its oldest change has waited {@code
   * maxHold} (a steady stream still goes out).
   */
  public boolean ready(java.time.Instant newest, java.time.Instant oldest, java.time.Instant now) {
    return !readyAt(newest, oldest).isAfter(now);
  }

  /** When a queue whose newest and oldest changes arrived then becomes {@link #ready}. */
  public java.time.Instant readyAt(java.time.Instant newest, java.time.Instant oldest) {
    if (settle.isZero()) {
      return oldest;
    }
    java.time.Instant settled = newest.plus(settle);
    java.time.Instant held = oldest.plus(maxHold);
    return settled.isBefore(held) ? settled : held;
  }

  /** The wait before attempt {@code attempt + 1}: the base doubled per attempt, at most an hour. */
  public Duration backoff(int attempt) {
    Duration delay = retryBase.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
  }

  private static long number(String property, long fallback) {
    return org.ccpe.common.SystemSettings.positive(property, fallback);
  }
}
