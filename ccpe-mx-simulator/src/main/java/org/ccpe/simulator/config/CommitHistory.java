package org.ccpe.simulator.config;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The last {@value #DEPTH} committed configurations, newest first: {@code rollback 0} is the
 * running configuration, {@code rollback 1} the one before, as on Junos.
 */
public final class CommitHistory {

    public static final int DEPTH = 50;

    private final Deque<Commit> commits = new ArrayDeque<>();
    private final Clock clock;

    public CommitHistory(ConfigNode initial, Clock clock) {
        this.clock = clock;
        record(initial, "root", "initial configuration");
    }

    void record(ConfigNode configuration, String user, String log) {
        commits.addFirst(new Commit(configuration.stripped(), clock.instant(), user, log));
        while (commits.size() > DEPTH) {
            commits.removeLast();
        }
    }

    /** The running configuration (rollback 0), shared: callers copy before changing it. */
    ConfigNode running() {
        return commits.getFirst().configuration();
    }

    /** {@code rollback n}, 0 to {@value #DEPTH}-1; empty when the history is not that deep. */
    public Optional<Commit> rollback(int n) {
        if (n < 0 || n >= commits.size()) {
            return Optional.empty();
        }
        return commits.stream().skip(n).findFirst();
    }

    /** The commits, newest first. */
    public List<Commit> commits() {
        return List.copyOf(commits);
    }
}
