package org.ccpe.simulator.config;

import java.time.Duration;

/**
 * What a session asks of a commit: {@code check} only validates; a non-null {@code confirmTimeout}
 * makes it a confirmed commit that rolls back by itself unless confirmed in time.
 */
public record CommitRequest(String user, String log, boolean check, Duration confirmTimeout) {

    public static CommitRequest plain(String user) {
        return new CommitRequest(user, null, false, null);
    }

    public boolean confirmed() {
        return confirmTimeout != null;
    }
}
