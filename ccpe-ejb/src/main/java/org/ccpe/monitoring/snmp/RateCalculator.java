package org.ccpe.monitoring.snmp;

import java.time.Duration;
import java.time.Instant;

/**
 * Rates from two consecutive readings of one interface.
 *
 * <p>A 64-bit counter never wraps in practice (2^64 octets take 46 years at 100 Gb/s), so one that
 * went backwards was reset: the agent restarted, the line card was swapped, someone cleared the
 * statistics. Treating that as a wrap would report exabits per second; it is a {@link
 * RateResult.Discontinuity} instead, and so is a sysUpTime that went back or an
 * ifCounterDiscontinuityTime that changed. Only 32-bit counters (an agent without the HC ones, and
 * the error and discard counters, which are Counter32 in IF-MIB) are allowed one wrap per
 * interval, and only when the result is plausible: the wrapped step is under half the counter
 * range and, for octets, the rate is no faster than the interface.
 */
public final class RateCalculator {

  private static final long TWO_TO_32 = 1L << 32;
  /** How much faster than ifHighSpeed a wrapped octet counter may seem to run (shaping slack). */
  private static final double SPEED_SLACK = 1.1;

  private RateCalculator() {}

  /** Two consecutive readings of one interface to rates, or a discontinuity. */
  public static RateResult between(
      Instant t0, long upTime0, InterfaceReading r0, Instant t1, long upTime1, InterfaceReading r1) {
    double seconds = Duration.between(t0, t1).toNanos() / 1e9;
    if (seconds <= 0) {
      return new RateResult.Discontinuity("no time passed between the readings");
    }
    if (Long.compareUnsigned(upTime1, upTime0) < 0) {
      return new RateResult.Discontinuity("agent restarted (sysUpTime went back)");
    }
    if (r0.ifIndex() != r1.ifIndex()) {
      return new RateResult.Discontinuity("interface moved from ifIndex " + r0.ifIndex() + " to " + r1.ifIndex());
    }
    if (r0.counterDiscontinuityTicks() != r1.counterDiscontinuityTicks()) {
      return new RateResult.Discontinuity("counters reset (ifCounterDiscontinuityTime changed)");
    }
    double speedBps = r1.highSpeedMbps() * 1e6;
    Deltas d = new Deltas(seconds, speedBps);
    boolean hc = r0.hasHighCapacityCounters() && r1.hasHighCapacityCounters();
    long inOctets = hc ? d.counter64("ifHCInOctets", r0.hcInOctets(), r1.hcInOctets())
        : d.octets32("ifInOctets", r0.inOctets32(), r1.inOctets32());
    long outOctets = hc ? d.counter64("ifHCOutOctets", r0.hcOutOctets(), r1.hcOutOctets())
        : d.octets32("ifOutOctets", r0.outOctets32(), r1.outOctets32());
    long inPkts = hc ? d.counter64("ifHCInUcastPkts", r0.hcInUcastPkts(), r1.hcInUcastPkts())
        : d.counter32("ifInUcastPkts", r0.inUcastPkts32(), r1.inUcastPkts32());
    long outPkts = hc ? d.counter64("ifHCOutUcastPkts", r0.hcOutUcastPkts(), r1.hcOutUcastPkts())
        : d.counter32("ifOutUcastPkts", r0.outUcastPkts32(), r1.outUcastPkts32());
    long errors = d.counter32("ifInErrors", r0.inErrors(), r1.inErrors())
        + d.counter32("ifOutErrors", r0.outErrors(), r1.outErrors());
    long discards = d.counter32("ifInDiscards", r0.inDiscards(), r1.inDiscards())
        + d.counter32("ifOutDiscards", r0.outDiscards(), r1.outDiscards());
    if (d.discontinuity != null) {
      return new RateResult.Discontinuity(d.discontinuity);
    }
    double inBps = unsigned(inOctets) * 8 / seconds;
    double outBps = unsigned(outOctets) * 8 / seconds;
    double utilisation = speedBps > 0 ? Math.max(inBps, outBps) / speedBps * 100 : 0;
    return new RateResult.Rates(
        inBps,
        outBps,
        unsigned(inPkts) / seconds,
        unsigned(outPkts) / seconds,
        errors / seconds,
        discards / seconds,
        utilisation);
  }

  private static double unsigned(long bits) {
    return bits >= 0 ? bits : (bits >>> 1) * 2.0 + (bits & 1);
  }

  /** The steps of one interval's counters; the first implausible one is remembered. */
  private static final class Deltas {
    private final double seconds;
    private final double speedBps;
    String discontinuity;

    Deltas(double seconds, double speedBps) {
      this.seconds = seconds;
      this.speedBps = speedBps;
    }

    long counter64(String column, Long v0, Long v1) {
      if (v0 == null || v1 == null) {
        return missing(column);
      }
      if (Long.compareUnsigned(v1, v0) < 0) {
        return fail(column + " went backwards");
      }
      return v1 - v0;
    }

    long counter32(String column, Long v0, Long v1) {
      if (v0 == null || v1 == null) {
        return missing(column);
      }
      return counter32(column, v0.longValue(), v1.longValue());
    }

    long counter32(String column, long v0, long v1) {
      if (v1 >= v0) {
        return v1 - v0;
      }
      long wrapped = TWO_TO_32 - v0 + v1;
      if (wrapped >= TWO_TO_32 / 2) {
        return fail(column + " went backwards");
      }
      return wrapped;
    }

    long octets32(String column, Long v0, Long v1) {
      long step = counter32(column, v0, v1);
      boolean wrapped = v0 != null && v1 != null && v1 < v0;
      if (wrapped && speedBps > 0 && step * 8 / seconds > speedBps * SPEED_SLACK) {
        return fail(column + " went backwards (a wrap would mean more than ifHighSpeed)");
      }
      return step;
    }

    private long missing(String column) {
      return fail(column + " missing in one of the readings");
    }

    private long fail(String why) {
      if (discontinuity == null) {
        discontinuity = why;
      }
      return 0;
    }
  }
}
