package org.ccpe.simulator.client;

import static org.ccpe.simulator.client.Routers.device;
import static org.ccpe.simulator.client.Routers.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.RpcErrorException;
import org.ccpe.simulator.MxSimulator;
import org.ccpe.simulator.SimulatedRouter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several sessions to several routers at once, each doing what a provisioning job does: lock,
 * load, commit, unlock. Two sessions to one router take turns on its lock; nothing is lost.
 */
@Timeout(60)
class ClientConcurrencyTest {

    private static final int ROUTERS = 5;
    private static final int SESSIONS_PER_ROUTER = 2;
    private static final int LOCK_ATTEMPTS = 200;

    @Test
    void fiveRoutersTimesTwoSessionsEditAndCommitInParallel() throws Exception {
        try (MxSimulator fleet = MxSimulator.startFleet(ROUTERS, b -> b.commitLatency(Duration.ofMillis(20)))) {
            ExecutorService pool = Executors.newFixedThreadPool(ROUTERS * SESSIONS_PER_ROUTER);
            try {
                List<Future<Long>> jobs = new ArrayList<>();
                for (SimulatedRouter router : fleet.routers()) {
                    for (int s = 0; s < SESSIONS_PER_ROUTER; s++) {
                        String unit = "30" + s;
                        jobs.add(pool.submit(() -> provision(router, unit)));
                    }
                }
                for (Future<Long> job : jobs) {
                    assertTrue(job.get(30, TimeUnit.SECONDS) > 0, "a session id");
                }
            } finally {
                pool.shutdownNow();
            }
            for (SimulatedRouter router : fleet.routers()) {
                assertEquals(SESSIONS_PER_ROUTER, router.counters().commits(), router.name());
                assertEquals(SESSIONS_PER_ROUTER, router.counters().sessionsOpened(), router.name());
                assertTrue(router.counters().peakConcurrentSessions() >= 1, router.name());
                for (int s = 0; s < SESSIONS_PER_ROUTER; s++) {
                    assertTrue(router.runningConfiguration().contains("<description>unit 30" + s + "</description>"),
                            router.name() + " lost the change of session " + s);
                }
                assertTrue(eventually(() -> router.counters().concurrentSessions() == 0), router.name());
            }
        }
    }

    /** One job: waits its turn on the lock (bounded), loads a unit, commits, unlocks. */
    private static long provision(SimulatedRouter router, String unit) throws Exception {
        try (NetconfSession session = device(router).build().openSession()) {
            lockWithRetry(session);
            Junos junos = session.junos();
            junos.loadConfiguration(Junos.LoadAction.MERGE, "<configuration><interfaces><interface><name>ge-0/0/1</name>"
                    + "<unit><name>" + unit + "</name><description>unit " + unit + "</description>"
                    + "<vlan-id>" + unit + "</vlan-id></unit></interface></interfaces></configuration>");
            junos.commitConfiguration(JunosCommit.commit().log("job " + router.name() + "/" + unit));
            session.unlock(Datastore.CANDIDATE);
            return session.sessionId();
        }
    }

    private static void lockWithRetry(NetconfSession session) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                session.lock(Datastore.CANDIDATE);
                return;
            } catch (RpcErrorException denied) {
                if (attempt == LOCK_ATTEMPTS || !"lock-denied".equals(denied.errors().get(0).tag())) {
                    throw denied;
                }
                Thread.sleep(10);
            }
        }
    }
}
