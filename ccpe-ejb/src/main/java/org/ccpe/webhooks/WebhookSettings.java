package org.ccpe.webhooks;

import java.time.Duration;
import org.ccpe.common.SystemSettings;

/**
 * The delivery knobs, from system properties, read when used.
 *
 * @param interval how often due deliveries are looked for ({@code ccpe.webhooks.interval-ms})
 * @param retryBase the first retry's delay, doubled per attempt up to an hour ({@code ccpe.webhooks.retry-base-ms})
 * @param giveUpAfter how long after the event a delivery is still tried ({@code ccpe.webhooks.give-up-after-ms})
 * @param timeout how long a receiver may take to answer ({@code ccpe.webhooks.timeout-ms})
 */
public record WebhookSettings(Duration interval, Duration retryBase, Duration giveUpAfter, Duration timeout) {
  static final int BATCH = 50;

  public static WebhookSettings current() {
    return new WebhookSettings(
        Duration.ofMillis(number("ccpe.webhooks.interval-ms", 5_000)),
        Duration.ofMillis(number("ccpe.webhooks.retry-base-ms", 30_000)),
        Duration.ofMillis(number("ccpe.webhooks.give-up-after-ms", 24 * 3_600_000L)),
        Duration.ofMillis(number("ccpe.webhooks.timeout-ms", 10_000)));
  }

  /** The wait after failed attempt number {@code attempts}: the base doubled per attempt, at most an hour. */
  public Duration backoff(int attempts) {
    Duration delay = retryBase.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
  }

  /**
   * How long a claimed delivery is held by the node sending it. A node that dies mid-delivery
   * leaves the row pending; another node (or this one after its restart) sends it once this passed.
   */
  public Duration lease() {
    return timeout.multipliedBy(2).plusSeconds(1);
  }

  private static long number(String property, long fallback) {
    return SystemSettings.positive(property, fallback);
  }
}
