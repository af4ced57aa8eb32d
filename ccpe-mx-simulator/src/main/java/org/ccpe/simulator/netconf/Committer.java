package org.ccpe.simulator.netconf;

import org.ccpe.simulator.Knobs;
import org.ccpe.simulator.config.CommitRequest;
import org.ccpe.simulator.config.ConfigurationException;

/**
 * The commit path shared by {@code <commit>} and {@code <commit-configuration>}: where the
 * router's commit latency and the injected commit faults take effect.
 */
final class Committer {

    private Committer() {}

    /** Commits and returns {@code success}; null when a fault dropped the connection (no reply). */
    static String commit(NetconfSession session, CommitRequest request, String success) throws RpcException {
        RouterContext router = session.router();
        if (request.check()) {
            commitOrThrow(session, request);
            return success;
        }
        try {
            NetconfSession.pause(router.knobs().commitLatency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        Knobs.CommitFailure failure = router.knobs().takeCommitFailure();
        if (failure != null) {
            throw new RpcException(new RpcError("application", "operation-failed", failure.path(), failure.message(), null, null));
        }
        Knobs.CommitDrop drop = router.knobs().takeCommitDrop();
        if (drop == Knobs.CommitDrop.BEFORE_COMMITTING) {
            session.drop();
            return null;
        }
        commitOrThrow(session, request);
        if (drop == Knobs.CommitDrop.AFTER_COMMITTING) {
            session.drop();
            return null;
        }
        return success;
    }

    private static void commitOrThrow(NetconfSession session, CommitRequest request) throws RpcException {
        try {
            session.router().database().commit(session.id(), request);
        } catch (ConfigurationException e) {
            throw RpcException.from(e);
        }
    }
}
