package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateCalculatorTest {

  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(10);

  static InterfaceReading hc(long inOctets, long outOctets, long inPkts, long outPkts) {
    return new InterfaceReading(5, "ge-0/0/1.100", OperStatus.UP, AdminStatus.UP,
        inOctets, outOctets, inPkts, outPkts, null, null, null, null, 0, 0, 0, 0, 1000, 0);
  }

  static InterfaceReading only32(long inOctets, long outOctets, long speedMbps) {
    return new InterfaceReading(5, "ge-0/0/1.100", OperStatus.UP, AdminStatus.UP,
        null, null, null, null, inOctets, outOctets, 0L, 0L, 0, 0, 0, 0, speedMbps, 0);
  }

  @Test
  void ratesFromSixtyFourBitDeltas() {
    RateResult.Rates r = assertInstanceOf(RateResult.Rates.class,
        RateCalculator.between(T0, 100, hc(0, 0, 0, 0), T1, 1100, hc(125_000_000, 12_500_000, 1000, 500)));

    assertEquals(100e6, r.inBps(), 1e-6);
    assertEquals(10e6, r.outBps(), 1e-6);
    assertEquals(100, r.inPps(), 1e-9);
    assertEquals(50, r.outPps(), 1e-9);
    assertEquals(10.0, r.utilisationPercent(), 1e-9, "100 Mb/s of 1000");
  }

  @Test
  void countersAboveLongMaxAreUnsigned() {
    long high = -1_000_000_000L; // 2^64 - 1e9 as unsigned bits
    RateResult.Rates r = assertInstanceOf(RateResult.Rates.class,
        RateCalculator.between(T0, 1, hc(high, high, 0, 0), T1, 2, hc(high + 125_000_000, high, 0, 0)));
    assertEquals(100e6, r.inBps(), 1e-6);
  }

  @Test
  void aSixtyFourBitCounterGoingBackIsADiscontinuityNotAWrap() {
    long nearTop = -10L; // 2^64 - 10
    RateResult result = RateCalculator.between(T0, 1, hc(nearTop, 0, 0, 0), T1, 2, hc(5, 0, 0, 0));
    RateResult.Discontinuity d = assertInstanceOf(RateResult.Discontinuity.class, result);
    assertTrue(d.reason().contains("ifHCInOctets went backwards"), d.reason());
  }

  @Test
  void aRestartedAgentIsADiscontinuity() {
    RateResult result = RateCalculator.between(T0, 5000, hc(10, 10, 1, 1), T1, 100, hc(20, 20, 2, 2));
    assertEquals("agent restarted (sysUpTime went back)",
        assertInstanceOf(RateResult.Discontinuity.class, result).reason());
  }

  @Test
  void aChangedDiscontinuityTimeIsADiscontinuity() {
    InterfaceReading r0 = hc(10, 10, 1, 1);
    InterfaceReading r1 = new InterfaceReading(5, "ge-0/0/1.100", OperStatus.UP, AdminStatus.UP,
        20L, 20L, 2L, 2L, null, null, null, null, 0, 0, 0, 0, 1000, 777);
    assertInstanceOf(RateResult.Discontinuity.class, RateCalculator.between(T0, 1, r0, T1, 2, r1));
  }

  @Test
  void thirtyTwoBitCountersWrapOnceWhenPlausible() {
    long top = (1L << 32) - 50_000_000L;
    RateResult.Rates r = assertInstanceOf(RateResult.Rates.class,
        RateCalculator.between(T0, 1, only32(top, 0, 1000), T1, 2, only32(75_000_000, 0, 1000)));
    assertEquals(100e6, r.inBps(), 1e-6, "125 MB across the 2^32 wrap in 10 s");
  }

  @Test
  void aThirtyTwoBitWrapFasterThanTheLinkIsADiscontinuity() {
    long top = (1L << 32) - 50_000_000L;
    RateResult result = RateCalculator.between(T0, 1, only32(top, 0, 10), T1, 2, only32(75_000_000, 0, 10));
    assertInstanceOf(RateResult.Discontinuity.class, result, "100 Mb/s on a 10 Mb/s link");
  }

  @Test
  void aSmallThirtyTwoBitStepBackIsAReset() {
    RateResult result = RateCalculator.between(T0, 1, only32(1_000_000, 0, 0), T1, 2, only32(10, 0, 0));
    assertInstanceOf(RateResult.Discontinuity.class, result);
  }

  @Test
  void noTimeNoRates() {
    assertInstanceOf(RateResult.Discontinuity.class,
        RateCalculator.between(T0, 1, hc(0, 0, 0, 0), T0, 1, hc(1, 1, 1, 1)));
  }
}
