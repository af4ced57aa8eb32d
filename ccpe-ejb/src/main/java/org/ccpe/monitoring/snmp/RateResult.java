package org.ccpe.monitoring.snmp;

/** Rates between two readings, or why there are none for this interval. */
public sealed interface RateResult {

  /**
   * Per-second rates over the interval.
   *
   * @param utilisationPercent max(in, out) bits per second against ifHighSpeed; 0 when the speed is
   *     unknown (0)
   */
  record Rates(
      double inBps,
      double outBps,
      double inPps,
      double outPps,
      double errorsPerSec,
      double discardsPerSec,
      double utilisationPercent)
      implements RateResult {}

  /** The counters started again (or cannot be trusted) during the interval. */
  record Discontinuity(String reason) implements RateResult {}
}
