package org.ccpe.diagnostics;

import java.time.Duration;

/**
 * The diagnostics' bounds, from system properties read when used: how many pairs one functional
 * audit may ping, how many probes each ping sends, and how long one ping may take before the
 * pair is given up.
 */
public record DiagnosticsSettings(int maxPairs, int pingCount, Duration pingTimeout) {

  public static DiagnosticsSettings current() {
    return new DiagnosticsSettings(
        number("ccpe.audit.max-pairs", 50, 1, 1000),
        number("ccpe.audit.ping-count", 5, 1, 100),
        Duration.ofMillis(number("ccpe.audit.ping-timeout-ms", 10_000, 100, 300_000)));
  }

  private static int number(String property, int fallback, int min, int max) {
    try {
      int value = Integer.parseInt(System.getProperty(property, "").strip());
      return value < min || value > max ? fallback : value;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
