package org.ccpe.simulator.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.ccpe.simulator.Fixtures;
import org.ccpe.simulator.SimulatedRouter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulator over real SSH and real framing, driven by a raw client. */
@Timeout(30)
class NetconfOverSshTest {

    static final String LOCK = "<lock><target><candidate/></target></lock>";
    static final String COMMIT = "<commit/>";
    static final String RUNNING = "<get-config><source><running/></source></get-config>";

    private SimulatedRouter router;

    @BeforeEach
    void startRouter() throws IOException {
        router = Fixtures.siteARouter("mx-test").junosMinute(Duration.ofMillis(300)).start();
    }

    @AfterEach
    void stopRouter() {
        router.close();
    }

    static String setLocation(String location) {
        return "<edit-config><target><candidate/></target><config><configuration><snmp><location>" + location
                + "</location></snmp></configuration></config></edit-config>";
    }

    @Test
    void helloAdvertisesWhatAJunosRouterDoes() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            for (String capability : new String[] {
                "urn:ietf:params:netconf:base:1.0", "urn:ietf:params:netconf:base:1.1",
                "urn:ietf:params:netconf:capability:candidate:1.0",
                "urn:ietf:params:netconf:capability:confirmed-commit:1.0",
                "urn:ietf:params:netconf:capability:validate:1.0", "http://xml.juniper.net/netconf/junos/1.0"}) {
                assertTrue(client.serverHello.contains("<capability>" + capability + "</capability>"), capability);
            }
            assertTrue(client.sessionId > 0);
        }
    }

    @Test
    void speaksEndOfMessageFramingToABase10Client() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router, false)) {
            String reply = client.rpc(RUNNING);
            assertTrue(reply.contains("message-id=\"101\""), reply);
            assertTrue(reply.contains("<name>site-a</name>"), reply);
        }
    }

    @Test
    void speaksChunkedFramingAfterABase11HelloAndJoinsChunks() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router, true)) {
            String rpc = client.rpcMessage(RUNNING);
            int half = rpc.length() / 2;
            client.sendRaw("\n#" + half + "\n" + rpc.substring(0, half) + "\n#" + (rpc.length() - half) + "\n"
                    + rpc.substring(half) + "\n##\n");
            String reply = client.read(RawNetconfClient.TIMEOUT);
            assertTrue(reply.contains("<name>ge-1/0/3</name>"), reply);
        }
    }

    @Test
    void lockEditValidateCompareCommitAndReadBack() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc(LOCK));
            assertOk(client.rpc(setLocation("lab rack 4")));
            assertOk(client.rpc("<validate><source><candidate/></source></validate>"));
            String diff = client.rpc("<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>");
            assertTrue(diff.contains("<configuration-output>[edit snmp]\n+   location \"lab rack 4\";\n</configuration-output>"), diff);
            assertOk(client.rpc(COMMIT));
            assertTrue(client.rpc(RUNNING).contains("<location>lab rack 4</location>"));
            assertOk(client.rpc("<unlock><target><candidate/></target></unlock>"));
        }
        assertEquals(1, router.counters().commits());
        assertEquals(1, router.counters().sessionsOpened());
    }

    @Test
    void secondSessionCannotLockOrCommitWhileTheFirstHoldsTheLock() throws IOException {
        try (RawNetconfClient first = RawNetconfClient.connect(router);
                RawNetconfClient second = RawNetconfClient.connect(router, false)) {
            assertOk(first.rpc("<lock-configuration/>"));
            String denied = second.rpc(LOCK);
            assertTrue(denied.contains("<error-tag>lock-denied</error-tag>"), denied);
            assertTrue(denied.contains("<session-id>" + first.sessionId + "</session-id>"), denied);
            String commit = second.rpc(COMMIT);
            assertTrue(commit.contains("<error-tag>lock-denied</error-tag>"), commit);
            assertEquals(2, router.counters().concurrentSessions());
        }
    }

    @Test
    void killSessionReleasesTheVictimsLock() throws IOException {
        try (RawNetconfClient holder = RawNetconfClient.connect(router);
                RawNetconfClient admin = RawNetconfClient.connect(router)) {
            assertOk(holder.rpc(LOCK));
            assertOk(admin.rpc("<kill-session><session-id>" + holder.sessionId + "</session-id></kill-session>"));
            assertTrue(holder.closedWithin(Duration.ofSeconds(5)));
            assertOk(admin.rpc(LOCK));
        }
    }

    @Test
    void confirmedCommitThatNobodyConfirmsIsRolledBackByTheRouter() throws IOException, InterruptedException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc(setLocation("temporary")));
            String reply = client.rpc("<commit-configuration><confirmed/><confirm-timeout>1</confirm-timeout>"
                    + "<log>try it</log></commit-configuration>");
            assertTrue(reply.contains("<commit-success/>"), reply);
            assertTrue(client.rpc("<get-configuration database=\"committed\"/>").contains("temporary"));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (router.counters().automaticRollbacks() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            assertEquals(1, router.counters().automaticRollbacks());
            assertFalse(client.rpc("<get-configuration database=\"committed\"/>").contains("temporary"));
            String history = client.rpc("<get-commit-information/>");
            assertTrue(history.indexOf("automatic rollback") < history.indexOf("<log>try it</log>"), history);
        }
    }

    @Test
    void commitCheckFailureNamesThePathAndTheBadElement() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc("<load-configuration action=\"merge\" format=\"text\"><configuration-text>"
                    + "interfaces { ge-1/0/3 { unit 211 { vlan-id 210; } } }</configuration-text></load-configuration>"));
            String reply = client.rpc("<commit-configuration><check/></commit-configuration>");
            assertTrue(reply.contains("<error-path>[edit interfaces ge-1/0/3 unit 211]</error-path>"), reply);
            assertTrue(reply.contains("<bad-element>vlan-id</bad-element>"), reply);
            assertTrue(reply.contains("configuration check-out failed"), reply);
            assertOk(client.rpc("<discard-changes/>"));
            assertTrue(client.rpc("<commit-configuration><check/></commit-configuration>").contains("<commit-check-success/>"));
        }
        assertEquals(0, router.counters().commits());
    }

    @Test
    void failNextCommitAnswersTheInjectedErrorOnce() throws IOException {
        router.knobs().failNextCommit("commit failed: (statements constraint check failed)", "[edit services]");
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc(setLocation("x")));
            String failed = client.rpc(COMMIT);
            assertTrue(failed.contains("<error-message>commit failed: (statements constraint check failed)</error-message>"));
            assertTrue(failed.contains("<error-path>[edit services]</error-path>"));
            assertOk(client.rpc(COMMIT));
        }
    }

    @Test
    void dropAfterCommittingLeavesTheClientWithoutAnAnswerButTheCommitDone() throws IOException {
        router.knobs().dropNextCommit(org.ccpe.simulator.Knobs.CommitDrop.AFTER_COMMITTING);
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc(setLocation("done?")));
            client.send(client.rpcMessage(COMMIT));
            assertTrue(client.closedWithin(Duration.ofSeconds(5)));
        }
        assertTrue(router.runningConfiguration().contains("done?"));
        assertEquals(1, router.counters().commits());
    }

    @Test
    void dropBeforeCommittingLosesTheEdit() throws IOException {
        router.knobs().dropNextCommit(org.ccpe.simulator.Knobs.CommitDrop.BEFORE_COMMITTING);
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc(LOCK));
            assertOk(client.rpc(setLocation("lost")));
            client.send(client.rpcMessage(COMMIT));
            assertTrue(client.closedWithin(Duration.ofSeconds(5)));
        }
        assertFalse(router.runningConfiguration().contains("lost"));
        assertEquals(0, router.counters().commits());
    }

    @Test
    void aHangingRouterNeverAnswers() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            router.knobs().hang(true);
            client.send(client.rpcMessage(RUNNING));
            assertThrows(RawNetconfClient.ReplyTimeout.class, () -> client.read(Duration.ofMillis(300)));
        }
    }

    @Test
    void refusedConnectionsNeverReachSsh() {
        router.knobs().refuseConnections(true);
        assertThrows(IOException.class, () -> RawNetconfClient.connect(router).close());
        assertEquals(1, router.counters().connectionsRefused());
        assertEquals(0, router.counters().sessionsOpened());
    }

    @Test
    void commitAndSessionSetupTakeAsLongAsConfigured() throws IOException {
        router.knobs().commitLatency(Duration.ofMillis(200)).sessionSetupLatency(Duration.ofMillis(150));
        long start = System.nanoTime();
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 150);
            long commitStart = System.nanoTime();
            assertOk(client.rpc(COMMIT));
            assertTrue(Duration.ofNanos(System.nanoTime() - commitStart).toMillis() >= 200);
        }
    }

    @Test
    void pingsWithinARoutingInstanceWithTheConfiguredLoss() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            String reply = client.rpc("<ping><host>192.168.10.20</host><routing-instance>site-a</routing-instance>"
                    + "<count>5</count><rapid/></ping>");
            assertTrue(reply.contains("<probes-sent>5</probes-sent>"), reply);
            assertTrue(reply.contains("<responses-received>3</responses-received>"), reply);
            assertTrue(reply.contains("<packet-loss>40</packet-loss>"), reply);
            assertTrue(reply.contains("<rtt-average>"), reply);
            String unknown = client.rpc("<ping><host>10.0.0.1</host><routing-instance>nowhere</routing-instance></ping>");
            assertTrue(unknown.contains("invalid routing instance"), unknown);
        }
    }

    @Test
    void listsTheDhcpBindingsOfARoutingInstance() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            String reply = client.rpc("<get-dhcp-server-binding-information><routing-instance>site-a</routing-instance>"
                    + "</get-dhcp-server-binding-information>");
            assertTrue(reply.contains("<allocated-address>192.168.10.20</allocated-address>"), reply);
            assertTrue(reply.contains("<mac-address>00:11:22:33:44:55</mac-address>"), reply);
        }
    }

    @Test
    void refusesDocumentTypeDeclarationsAndKeepsTheSession() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            client.send("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<rpc message-id=\"1\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><get>&x;</get></rpc>");
            String reply = client.read(RawNetconfClient.TIMEOUT);
            assertTrue(reply.contains("<error-tag>malformed-message</error-tag>"), reply);
            assertFalse(reply.contains("root:"), reply);
            assertTrue(client.rpc(RUNNING).contains("<data>"));
        }
    }

    @Test
    void unknownOperationsAreRefused() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            String reply = client.rpc("<get-chassis-inventory-of-mars/>");
            assertTrue(reply.contains("<error-tag>operation-not-supported</error-tag>"), reply);
        }
    }

    @Test
    void closeSessionAnswersOkAndCloses() throws IOException {
        try (RawNetconfClient client = RawNetconfClient.connect(router)) {
            assertOk(client.rpc("<close-session/>"));
            assertTrue(client.closedWithin(Duration.ofSeconds(5)));
        }
    }

    static void assertOk(String reply) {
        assertTrue(reply.contains("<ok/>") && !reply.contains("<rpc-error>"), reply);
    }
}
