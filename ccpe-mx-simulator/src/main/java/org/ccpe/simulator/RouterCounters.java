package org.ccpe.simulator;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ccpe.simulator.config.ConfigurationDatabase;

/** What a router has seen since it started, for tests to assert on (counts are cumulative). */
public final class RouterCounters {

    private final ConfigurationDatabase database;
    private final AtomicLong sessionsOpened = new AtomicLong();
    private final AtomicLong connectionsRefused = new AtomicLong();
    private final AtomicLong rpcs = new AtomicLong();
    private final AtomicInteger concurrentSessions = new AtomicInteger();
    private final AtomicInteger peakConcurrentSessions = new AtomicInteger();

    RouterCounters(ConfigurationDatabase database) {
        this.database = database;
    }

    /** Successful commits (plain and confirmed; not checks, not automatic rollbacks). */
    public long commits() {
        return database.commits();
    }

    /** Confirmed commits the router rolled back because nobody confirmed them. */
    public long automaticRollbacks() {
        return database.automaticRollbacks();
    }

    /** NETCONF sessions that got as far as the router's hello. */
    public long sessionsOpened() {
        return sessionsOpened.get();
    }

    /** NETCONF sessions open now. */
    public int concurrentSessions() {
        return concurrentSessions.get();
    }

    /** The most NETCONF sessions open at once. */
    public int peakConcurrentSessions() {
        return peakConcurrentSessions.get();
    }

    /** Connections closed at once because {@link Knobs#refuseConnections(boolean)} was on. */
    public long connectionsRefused() {
        return connectionsRefused.get();
    }

    /** RPCs received, answered or not. */
    public long rpcs() {
        return rpcs.get();
    }

    public void sessionOpened() {
        sessionsOpened.incrementAndGet();
        int now = concurrentSessions.incrementAndGet();
        peakConcurrentSessions.accumulateAndGet(now, Math::max);
    }

    public void sessionClosed() {
        concurrentSessions.decrementAndGet();
    }

    public void connectionRefused() {
        connectionsRefused.incrementAndGet();
    }

    public void rpcReceived() {
        rpcs.incrementAndGet();
    }
}
