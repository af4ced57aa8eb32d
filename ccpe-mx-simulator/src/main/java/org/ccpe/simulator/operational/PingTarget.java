package org.ccpe.simulator.operational;

import java.time.Duration;

/**
 * How a host answers pings from one routing instance: the share of probes lost (0-100 %) and the
 * round-trip time. Loss is spread evenly over the probes, so a given count always loses the same
 * probes: tests stay deterministic.
 */
public record PingTarget(String routingInstance, String host, int lossPercent, Duration rtt) {

    public PingTarget {
        if (lossPercent < 0 || lossPercent > 100) {
            throw new IllegalArgumentException("loss must be 0..100 %: " + lossPercent);
        }
        if (rtt.isNegative()) {
            throw new IllegalArgumentException("negative RTT: " + rtt);
        }
    }

    /** Whether probe {@code index} (0-based) is lost. */
    public boolean loses(int index) {
        return (index + 1) * lossPercent / 100 > index * lossPercent / 100;
    }

    /** The RTT of probe {@code index} in microseconds: the configured RTT with a small, repeatable jitter. */
    public long rttMicros(int index) {
        long base = rtt.toNanos() / 1000;
        long jitter = base / 20 * ((index % 5) - 2);
        return Math.max(1, base + jitter);
    }
}
