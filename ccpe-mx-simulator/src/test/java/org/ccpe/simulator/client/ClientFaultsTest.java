package org.ccpe.simulator.client;

import static org.ccpe.simulator.client.Routers.device;
import static org.ccpe.simulator.client.Routers.eventually;
import static org.ccpe.simulator.client.Routers.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.ccpe.netconf.CommitOutcomeUnknownException;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.ReplyTimeoutException;
import org.ccpe.netconf.RpcErrorException;
import org.ccpe.netconf.SessionClosedException;
import org.ccpe.simulator.Fixtures;
import org.ccpe.simulator.Knobs;
import org.ccpe.simulator.SimulatedRouter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Our client against a router that misbehaves the ways real ones do, injected with the simulator's
 * {@link Knobs}: every fault ends in a clear exception of the right kind, within the limits set,
 * and a commit whose reply never came is never reported as failed.
 */
@Timeout(30)
class ClientFaultsTest {

    private static final Duration SHORT = Duration.ofMillis(300);

    private SimulatedRouter router;

    @BeforeEach
    void startRouter() throws IOException {
        router = SimulatedRouter.builder("mx-faults").initialConfiguration(Fixtures.siteA()).start();
    }

    @AfterEach
    void stopRouter() {
        router.close();
    }

    private boolean runningHas(String text) {
        return router.runningConfiguration().contains(text);
    }

    @Test
    void aRouterThatRefusesConnectionsIsAClearConnectError() {
        router.knobs().refuseConnections(true);
        NetconfException e = assertThrows(NetconfException.class, () -> device(router).build().openSession());
        assertTrue(e.getMessage().contains(router.host() + ":" + router.port()), e.getMessage());
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertEquals(1, router.counters().connectionsRefused());
    }

    @Test
    void aRouterThatStopsAnsweringTimesOutAndTheSessionStaysOpen() throws NetconfException {
        try (NetconfSession session = device(router).replyTimeout(SHORT).build().openSession()) {
            router.knobs().hang(true);
            long start = System.nanoTime();
            assertThrows(ReplyTimeoutException.class, () -> session.getConfig(Datastore.RUNNING));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(SHORT) >= 0);
            assertTrue(session.isOpen());
            router.knobs().hang(false);
            assertTrue(session.get("<configuration><snmp/></configuration>").xml().contains("site-a-ro"),
                    "the late reply to the timed-out call is not mistaken for this one");
        }
    }

    @Test
    void aRouterThatNeverAnswersFailsTheOpenWithinTheConnectTimeout() {
        router.knobs().hang(true);
        long start = System.nanoTime();
        assertThrows(ReplyTimeoutException.class,
                () -> device(router).connectTimeout(Duration.ofSeconds(1)).build().openSession());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 4_000);
    }

    @Test
    void aCommitSlowerThanTheCommitTimeoutHasAnUnknownOutcomeAndMayStillComplete() throws Exception {
        router.knobs().commitLatency(Duration.ofMillis(800));
        try (NetconfSession session = device(router).commitTimeout(SHORT).build().openSession()) {
            session.junos().loadConfiguration(Junos.LoadAction.MERGE, location("slow"));
            assertThrows(CommitOutcomeUnknownException.class,
                    () -> session.junos().commitConfiguration(JunosCommit.commit()));
            assertTrue(eventually(() -> runningHas("slow")), "the router finished the commit after we gave up");
        }
    }

    @Test
    void aConnectionDroppedAfterTheCommitIsAnUnknownOutcomeNotAFailure() throws Exception {
        router.knobs().dropNextCommit(Knobs.CommitDrop.AFTER_COMMITTING);
        try (NetconfSession session = device(router).build().openSession()) {
            session.junos().loadConfiguration(Junos.LoadAction.MERGE, location("committed anyway"));
            CommitOutcomeUnknownException e = assertThrows(CommitOutcomeUnknownException.class,
                    () -> session.junos().commitConfiguration(JunosCommit.commit()));
            assertTrue(e.getCause() instanceof SessionClosedException, String.valueOf(e.getCause()));
            assertFalse(session.isOpen());
        }
        assertTrue(runningHas("committed anyway"));
        assertEquals(1, router.counters().commits());
    }

    @Test
    void aConnectionDroppedBeforeTheCommitIsAnUnknownOutcomeToo() throws Exception {
        router.knobs().dropNextCommit(Knobs.CommitDrop.BEFORE_COMMITTING);
        try (NetconfSession session = device(router).build().openSession()) {
            session.editConfig(Datastore.CANDIDATE, location("never committed"));
            assertThrows(CommitOutcomeUnknownException.class, session::commit);
        }
        assertFalse(runningHas("never committed"));
        assertEquals(0, router.counters().commits());
    }

    @Test
    void anInjectedCommitFailureIsAnRpcErrorWithItsPath() throws NetconfException {
        router.knobs().failNextCommit("ms-1/0/0: services PIC offline", "[edit services service-set ss-site-a]");
        try (NetconfSession session = device(router).build().openSession()) {
            session.junos().loadConfiguration(Junos.LoadAction.MERGE, location("retry me"));
            RpcErrorException e = assertThrows(RpcErrorException.class,
                    () -> session.junos().commitConfiguration(JunosCommit.commit()));
            assertEquals("[edit services service-set ss-site-a]", e.errors().get(0).path());
            assertEquals("ms-1/0/0: services PIC offline", e.errors().get(0).message());
            assertTrue(session.junos().candidateDiff().contains("retry me"), "the candidate is kept for a retry");
            session.junos().commitConfiguration(JunosCommit.commit());
        }
        assertTrue(runningHas("retry me"));
    }

    @Test
    void aSlowHelloIsWaitedForUpToTheConnectTimeoutOnly() throws NetconfException {
        router.knobs().sessionSetupLatency(Duration.ofMillis(2_500));
        ReplyTimeoutException e = assertThrows(ReplyTimeoutException.class,
                () -> device(router).connectTimeout(Duration.ofSeconds(1)).build().openSession());
        assertTrue(e.getMessage().contains("hello"), e.getMessage());
        router.knobs().sessionSetupLatency(Duration.ofMillis(100));
        try (NetconfSession session = device(router).build().openSession()) {
            assertTrue(session.isOpen());
        }
    }
}
