package org.ccpe.simulator.netconf;

import java.io.IOException;
import java.time.Duration;
import org.ccpe.simulator.SimulatedRouter;

/** Whole sessions for tests outside this package. */
public final class RawSessions {

    private RawSessions() {}

    /** One session: edit the candidate, commit, close; true when every reply was ok. */
    public static boolean editAndCommit(SimulatedRouter router) throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            String edit = client.rpc(NetconfOverSshTest.setLocation("session " + client.sessionId));
            String commit = client.rpc(NetconfOverSshTest.COMMIT);
            String close = client.rpc("<close-session/>");
            boolean closed = client.closedWithin(Duration.ofSeconds(5));
            return edit.contains("<ok/>") && commit.contains("<ok/>") && close.contains("<ok/>") && closed;
        }
    }
}
