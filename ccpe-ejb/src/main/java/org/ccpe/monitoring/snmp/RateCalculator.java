package org.ccpe.monitoring.snmp;

import java.time.Instant;

/** Rates from two consecutive readings of one interface. */
public final class RateCalculator {

  private RateCalculator() {}

  /** Two consecutive readings of one interface to rates, or a discontinuity. */
  public static RateResult between(
      Instant t0, long upTime0, InterfaceReading r0, Instant t1, long upTime1, InterfaceReading r1) {
    throw new UnsupportedOperationException("not yet");
  }
}
