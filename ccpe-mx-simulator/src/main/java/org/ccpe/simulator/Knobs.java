package org.ccpe.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What tests and benchmarks turn on a simulated router: latencies, and faults that real routers
 * show (a router that refuses connections, drops the session in the middle of a commit, fails a
 * commit, or stops answering). One-shot faults ({@code failNextCommit}, {@code dropNextCommit})
 * fire once and clear themselves. Safe to change while sessions run.
 */
public final class Knobs {

    /** What the next commit does instead of answering. */
    public enum CommitDrop {
        /** Drop the connection before the commit takes effect. */
        BEFORE_COMMITTING,
        /** Commit, then drop the connection without answering: the client cannot know it succeeded. */
        AFTER_COMMITTING
    }

    /** A commit failure to inject: answered as an rpc-error with this message and error-path. */
    public record CommitFailure(String message, String path) {}

    private volatile Duration commitLatency = Duration.ZERO;
    private volatile Duration sessionSetupLatency = Duration.ZERO;
    private volatile Duration junosMinute = Duration.ofMinutes(1);
    private volatile boolean refuseConnections;
    private volatile boolean hang;
    private volatile boolean chunkedFraming = true;
    private final AtomicReference<CommitFailure> nextCommitFailure = new AtomicReference<>();
    private final AtomicReference<CommitDrop> nextCommitDrop = new AtomicReference<>();

    /** Time every commit (not a check) takes before it answers. */
    public Knobs commitLatency(Duration latency) {
        this.commitLatency = requireNonNegative(latency);
        return this;
    }

    public Duration commitLatency() {
        return commitLatency;
    }

    /** Time between the SSH channel opening and the router's hello. */
    public Knobs sessionSetupLatency(Duration latency) {
        this.sessionSetupLatency = requireNonNegative(latency);
        return this;
    }

    public Duration sessionSetupLatency() {
        return sessionSetupLatency;
    }

    /**
     * How long one minute of a Junos {@code <confirm-timeout>} lasts (minutes there, unlike the
     * seconds of NETCONF's {@code <commit><confirm-timeout>}); tests shrink it to milliseconds.
     */
    public Knobs junosMinute(Duration minute) {
        this.junosMinute = requireNonNegative(minute);
        return this;
    }

    public Duration junosMinute() {
        return junosMinute;
    }

    /** While true, new TCP connections are accepted and closed at once, before any SSH exchange. */
    public Knobs refuseConnections(boolean refuse) {
        this.refuseConnections = refuse;
        return this;
    }

    public boolean refuseConnections() {
        return refuseConnections;
    }

    /** While true, RPCs are read and never answered (sessions stay open). */
    public Knobs hang(boolean hang) {
        this.hang = hang;
        return this;
    }

    public boolean hang() {
        return hang;
    }

    /**
     * While false, new sessions get a hello that advertises base:1.0 only (as routers without
     * RFC 6242 chunked framing send), so every client stays on end-of-message framing.
     */
    public Knobs chunkedFraming(boolean offer) {
        this.chunkedFraming = offer;
        return this;
    }

    public boolean chunkedFraming() {
        return chunkedFraming;
    }

    /** The next commit fails with this error; the candidate stays as it was. */
    public Knobs failNextCommit(String message, String errorPath) {
        nextCommitFailure.set(new CommitFailure(Objects.requireNonNull(message, "message"), errorPath));
        return this;
    }

    /** The next commit drops the connection, before or after committing. */
    public Knobs dropNextCommit(CommitDrop when) {
        nextCommitDrop.set(Objects.requireNonNull(when, "when"));
        return this;
    }

    /** Takes the pending commit failure, if any (it fires once). */
    public CommitFailure takeCommitFailure() {
        return nextCommitFailure.getAndSet(null);
    }

    /** Takes the pending commit drop, if any (it fires once). */
    public CommitDrop takeCommitDrop() {
        return nextCommitDrop.getAndSet(null);
    }

    /** Back to a well-behaved router with no latency. */
    public Knobs reset() {
        commitLatency = Duration.ZERO;
        sessionSetupLatency = Duration.ZERO;
        junosMinute = Duration.ofMinutes(1);
        refuseConnections = false;
        hang = false;
        chunkedFraming = true;
        nextCommitFailure.set(null);
        nextCommitDrop.set(null);
        return this;
    }

    private static Duration requireNonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative duration: " + d);
        }
        return d;
    }
}
