package org.ccpe.simulator.snmp;

/**
 * A traffic rate that may swing around its base: {@code bps × (1 + variation × sin(2πt/period + phase))}.
 * Counters are the rate's integral in closed form, so they move with the clock alone and never
 * go backwards (the variation stays below 1).
 *
 * @param bitsPerSecond the base rate
 * @param variation     0 for a steady rate, up to 0.9 for a swing of ±90 %
 * @param periodSeconds how long one swing takes
 * @param phase         where in its swing this interface starts, so interfaces do not move in step
 */
public record Traffic(double bitsPerSecond, double variation, double periodSeconds, double phase) {

    public static final Traffic NONE = steady(0);

    public Traffic {
        if (bitsPerSecond < 0 || Double.isNaN(bitsPerSecond)) {
            throw new IllegalArgumentException("bitsPerSecond must be at least 0: " + bitsPerSecond);
        }
        if (variation < 0 || variation > 0.9) {
            throw new IllegalArgumentException("variation must be within 0..0.9: " + variation);
        }
        if (periodSeconds <= 0) {
            throw new IllegalArgumentException("periodSeconds must be positive: " + periodSeconds);
        }
    }

    public static Traffic steady(double bitsPerSecond) {
        return new Traffic(bitsPerSecond, 0, 300, 0);
    }

    /** The octets sent between {@code fromSeconds} and {@code toSeconds} (on one time axis). */
    double octetsBetween(double fromSeconds, double toSeconds) {
        double bits = bitsPerSecond * (toSeconds - fromSeconds);
        if (variation > 0) {
            double omega = 2 * Math.PI / periodSeconds;
            bits -= bitsPerSecond * variation / omega
                    * (Math.cos(omega * toSeconds + phase) - Math.cos(omega * fromSeconds + phase));
        }
        return bits / 8;
    }

    /** The rate at one instant, for tests and displays. */
    public double bitsPerSecondAt(double seconds) {
        return bitsPerSecond * (1 + variation * Math.sin(2 * Math.PI / periodSeconds * seconds + phase));
    }
}
