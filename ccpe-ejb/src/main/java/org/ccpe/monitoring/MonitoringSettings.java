package org.ccpe.monitoring;

import java.time.Duration;
import org.ccpe.common.SystemSettings;

/**
 * The monitoring engine's knobs, from system properties (WildFly: {@code -D} or the {@code
 * system-property} resource), read when used so a change applies without a redeploy. Per-router
 * settings (interval, timeout, …) are in {@link RouterMonitoring}; these are the server-wide ones.
 */
public record MonitoringSettings(
    Duration tick,
    Duration maxBackoff,
    Duration rollupInterval,
    Hysteresis utilisation,
    Hysteresis errorRate,
    Duration rawRetention,
    Duration fiveMinuteRetention,
    Duration hourlyRetention) {

  public static MonitoringSettings current() {
    int samples = (int) number("ccpe.monitor.samples-to-raise", 2);
    return new MonitoringSettings(
        Duration.ofMillis(number("ccpe.monitor.tick-ms", 5_000)),
        Duration.ofMillis(number("ccpe.monitor.max-backoff-ms", 600_000)),
        Duration.ofMillis(number("ccpe.monitor.rollup-interval-ms", 300_000)),
        new Hysteresis(number("ccpe.monitor.utilisation-raise-percent", 90),
            number("ccpe.monitor.utilisation-clear-percent", 80), samples),
        new Hysteresis(number("ccpe.monitor.error-rate-raise-per-second", 10),
            number("ccpe.monitor.error-rate-clear-per-second", 1), samples),
        Duration.ofHours(number("ccpe.monitor.raw-retention-hours", 48)),
        Duration.ofDays(number("ccpe.monitor.five-minute-retention-days", 30)),
        Duration.ofDays(number("ccpe.monitor.hourly-retention-days", 365)));
  }

  /** The wait after {@code failures} failed polls in a row: the interval doubled per failure, at most {@link #maxBackoff}. */
  public Duration backoff(Duration interval, int failures) {
    Duration delay = interval.multipliedBy(1L << Math.min(Math.max(failures, 0), 20));
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  private static long number(String property, long fallback) {
    return SystemSettings.positive(property, fallback);
  }
}
