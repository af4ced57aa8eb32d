package org.ccpe.simulator.snmp;

import java.util.Objects;

/**
 * One row of the agent's IF-MIB: a physical port ({@code ge-0/0/1}) or a logical unit
 * ({@code ge-0/0/1.100}). Its counters are computed from the clock when read: the value at the
 * last change plus the traffic since (see {@link Traffic}); no thread runs per interface.
 * Traffic flows only while the interface is up.
 */
public final class SimulatedInterface {

    /** Octets per packet, to derive packet counters from octet counters. */
    static final int AVERAGE_PACKET_OCTETS = 512;

    private final SimulatedSnmpAgent agent;
    private final String name;
    private final int ifIndex;
    private final long speedMbps;

    private long sinceMillis;
    private Traffic in = Traffic.NONE;
    private Traffic out = Traffic.NONE;
    private double inErrorsPerSecond;
    private double outErrorsPerSecond;
    private long inOctets;
    private long outOctets;
    private long inPackets;
    private long outPackets;
    private long inErrors;
    private long outErrors;
    private long inDiscards;
    private long outDiscards;
    private OperStatus adminStatus = OperStatus.UP;
    private OperStatus operStatus = OperStatus.UP;
    private long lastChange;
    private long discontinuityTime;
    private volatile boolean hcCounters = true;

    SimulatedInterface(SimulatedSnmpAgent agent, String name, int ifIndex, long speedMbps) {
        this.agent = agent;
        this.name = Objects.requireNonNull(name, "name");
        if (ifIndex <= 0) {
            throw new IllegalArgumentException("ifIndex must be positive: " + ifIndex);
        }
        if (speedMbps < 0) {
            throw new IllegalArgumentException("speedMbps must be at least 0: " + speedMbps);
        }
        this.ifIndex = ifIndex;
        this.speedMbps = speedMbps;
        this.sinceMillis = agent.nowMillis();
    }

    public String name() {
        return name;
    }

    public int ifIndex() {
        return ifIndex;
    }

    public long speedMbps() {
        return speedMbps;
    }

    /** A logical unit ({@code ge-0/0/1.100}) rather than a physical port. */
    public boolean isUnit() {
        return name.contains(".");
    }

    /** IANAifType: ethernetCsmacd for ports, propVirtual for units, as Junos reports them. */
    int ifType() {
        return isUnit() ? 53 : 6;
    }

    /** Steady traffic in each direction from now on, in bits per second. */
    public SimulatedInterface traffic(double inBps, double outBps) {
        return traffic(Traffic.steady(inBps), Traffic.steady(outBps));
    }

    public synchronized SimulatedInterface traffic(Traffic in, Traffic out) {
        rebase();
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        return this;
    }

    /** Errors per second in each direction from now on (0 by default). */
    public synchronized SimulatedInterface errors(double inPerSecond, double outPerSecond) {
        rebase();
        this.inErrorsPerSecond = inPerSecond;
        this.outErrorsPerSecond = outPerSecond;
        return this;
    }

    /** Sets the octet counters (unsigned 64-bit, e.g. {@code -1000L} for 2^64 − 1000) to test wraps. */
    public synchronized SimulatedInterface setHcCounters(long inOctets, long outOctets) {
        rebase();
        this.inOctets = inOctets;
        this.outOctets = outOctets;
        return this;
    }

    /** With false, this row has no ifHC* counters: only the 32-bit ones, which wrap at 2^32. */
    public SimulatedInterface hcCounters(boolean present) {
        this.hcCounters = present;
        return this;
    }

    public boolean hasHcCounters() {
        return hcCounters;
    }

    /** Sets ifOperStatus; a change sends linkUp or linkDown to the agent's trap targets. */
    public void setOperStatus(OperStatus status) {
        boolean changed;
        synchronized (this) {
            rebase();
            changed = operStatus != status;
            operStatus = Objects.requireNonNull(status, "status");
            if (changed) {
                lastChange = agent.sysUpTime();
            }
        }
        if (changed) {
            agent.linkChanged(this);
        }
    }

    public synchronized void setAdminStatus(OperStatus status) {
        rebase();
        adminStatus = Objects.requireNonNull(status, "status");
    }

    public synchronized OperStatus operStatus() {
        return operStatus;
    }

    public synchronized OperStatus adminStatus() {
        return adminStatus;
    }

    /** Counters back to 0 without an agent restart; ifCounterDiscontinuityTime tells managers so. */
    public synchronized void resetCounters() {
        zero();
        discontinuityTime = agent.sysUpTime();
    }

    /** After an agent restart: counters at 0, and no discontinuity since (sysUpTime is 0 too). */
    synchronized void restarted() {
        zero();
        discontinuityTime = 0;
        lastChange = 0;
    }

    private void zero() {
        sinceMillis = agent.nowMillis();
        inOctets = outOctets = inPackets = outPackets = 0;
        inErrors = outErrors = inDiscards = outDiscards = 0;
    }

    /** The counters now, as one consistent reading. */
    synchronized Counters counters() {
        return countersAt(agent.nowMillis());
    }

    private Counters countersAt(long now) {
        double from = sinceMillis / 1000.0;
        double to = now / 1000.0;
        boolean flowing = isFlowing();
        double inMoved = flowing ? in.octetsBetween(from, to) : 0;
        double outMoved = flowing ? out.octetsBetween(from, to) : 0;
        double seconds = to - from;
        return new Counters(
                inOctets + (long) inMoved, outOctets + (long) outMoved,
                inPackets + (long) (inMoved / AVERAGE_PACKET_OCTETS), outPackets + (long) (outMoved / AVERAGE_PACKET_OCTETS),
                inErrors + (flowing ? (long) (inErrorsPerSecond * seconds) : 0),
                outErrors + (flowing ? (long) (outErrorsPerSecond * seconds) : 0),
                inDiscards, outDiscards);
    }

    synchronized long lastChange() {
        return lastChange;
    }

    synchronized long discontinuityTime() {
        return discontinuityTime;
    }

    private boolean isFlowing() {
        return operStatus == OperStatus.UP && adminStatus == OperStatus.UP;
    }

    /** Folds the traffic so far into the stored values, before a change of rate or status. */
    private void rebase() {
        long now = agent.nowMillis();
        Counters counters = countersAt(now);
        inOctets = counters.inOctets();
        outOctets = counters.outOctets();
        inPackets = counters.inPackets();
        outPackets = counters.outPackets();
        inErrors = counters.inErrors();
        outErrors = counters.outErrors();
        sinceMillis = now;
    }

    @Override
    public String toString() {
        return name + "(ifIndex " + ifIndex + ")";
    }

    /** Counter values as unsigned 64-bit numbers; the 32-bit columns take the low half. */
    record Counters(long inOctets, long outOctets, long inPackets, long outPackets, long inErrors, long outErrors,
            long inDiscards, long outDiscards) {}
}
