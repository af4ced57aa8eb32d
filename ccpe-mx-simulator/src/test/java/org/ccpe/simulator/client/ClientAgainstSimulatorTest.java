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
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.EditConfig;
import org.ccpe.netconf.Framing;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.MissingCapabilityException;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.RpcError;
import org.ccpe.netconf.RpcErrorException;
import org.ccpe.simulator.Fixtures;
import org.ccpe.simulator.SimulatedRouter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Our NETCONF client (ccpe-netconf) against the simulator, as the provisioning engine uses it: the
 * Junos commit flow and the standard operations in both framings, commit check errors with their
 * path, confirmed commits that the router rolls back, locks, kill-session and operational RPCs.
 */
@Timeout(30)
class ClientAgainstSimulatorTest {

    private static final String SNMP = "<configuration><snmp/></configuration>";
    private static final Duration JUNOS_MINUTE = Duration.ofMillis(200);

    private SimulatedRouter router;

    @BeforeEach
    void startRouter() throws IOException {
        router = Fixtures.siteARouter("mx-client").junosMinute(JUNOS_MINUTE).start();
    }

    @AfterEach
    void stopRouter() {
        router.close();
    }

    private NetconfSession open() throws NetconfException {
        return device(router).build().openSession();
    }

    private NetconfSession open(Framing framing) throws NetconfException {
        router.knobs().chunkedFraming(framing == Framing.CHUNKED);
        NetconfSession session = open();
        assertEquals(framing, session.framing());
        return session;
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void locksLoadsDiffsChecksCommitsAndReadsBack(Framing framing) throws NetconfException {
        try (NetconfSession session = open(framing)) {
            Junos junos = session.junos();
            session.lock(Datastore.CANDIDATE);
            junos.loadConfiguration(Junos.LoadAction.MERGE, location("rack 4"));
            assertEquals("[edit snmp]\n+   location \"rack 4\";", junos.candidateDiff());
            junos.commitConfiguration(JunosCommit.check());
            assertEquals(0, router.counters().commits(), "a check commits nothing");
            junos.commitConfiguration(JunosCommit.commit().log("site 42"));
            assertEquals("", junos.candidateDiff());
            session.unlock(Datastore.CANDIDATE);
            assertTrue(session.getConfig(Datastore.RUNNING, SNMP).xml().contains("<location>rack 4</location>"));
        }
        assertEquals(1, router.counters().commits());
        assertEquals("site 42", router.database().commitHistory().get(0).log());
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void loadsWithMergeReplaceAndOverride(Framing framing) throws NetconfException {
        try (NetconfSession session = open(framing)) {
            Junos junos = session.junos();
            junos.loadConfiguration(Junos.LoadAction.MERGE, "<configuration><snmp><location>a</location>"
                    + "<contact>noc</contact></snmp></configuration>");
            junos.loadConfiguration(Junos.LoadAction.REPLACE, "<configuration><snmp replace=\"replace\">"
                    + "<location>b</location></snmp></configuration>");
            String snmp = session.getConfig(Datastore.CANDIDATE, SNMP).xml();
            assertTrue(snmp.contains("<location>b</location>") && !snmp.contains("noc"), "replaced: " + snmp);
            junos.loadConfigurationText(Junos.LoadAction.OVERRIDE, "snmp { location c; }");
            String whole = session.getConfig(Datastore.CANDIDATE).xml();
            assertTrue(whole.contains("<location>c</location>"), whole);
            assertFalse(whole.contains("routing-instances"), "override leaves only what was loaded: " + whole);
            session.discardChanges();
            assertTrue(session.getConfig(Datastore.CANDIDATE).xml().contains("routing-instances"));
        }
    }

    @ParameterizedTest
    @EnumSource(Framing.class)
    void standardOperationsWorkAsOnAnyNetconfServer(Framing framing) throws Exception {
        try (NetconfSession session = open(framing)) {
            session.editConfig(EditConfig.of(Datastore.CANDIDATE,
                    "<configuration><snmp><location>std</location></snmp></configuration>")
                    .withDefaultOperation(EditConfig.DefaultOperation.MERGE));
            session.validate(Datastore.CANDIDATE);
            assertTrue(session.getConfig(Datastore.CANDIDATE, SNMP).xml().contains("std"));
            assertFalse(session.get(SNMP).xml().contains("std"), "get reads the running configuration");
            session.commit();
            assertTrue(session.get(SNMP).xml().contains("std"));
            assertTrue(session.getConfig(Datastore.RUNNING).xml().contains("<name>site-a</name>"));
            session.closeSession();
            assertFalse(session.isOpen());
        }
        assertTrue(eventuallyNoSessions());
    }

    @Test
    void aCommitCheckThatFailsNamesThePathAndChangesNothing() throws NetconfException {
        try (NetconfSession session = open()) {
            Junos junos = session.junos();
            junos.loadConfiguration(Junos.LoadAction.MERGE, "<configuration><routing-instances><instance>"
                    + "<name>site-a</name><interface><name>ge-1/0/3.999</name></interface>"
                    + "</instance></routing-instances></configuration>");
            RpcErrorException check = assertThrows(RpcErrorException.class,
                    () -> junos.commitConfiguration(JunosCommit.check()));
            RpcError error = check.errors().get(0);
            assertEquals(RpcError.Severity.ERROR, error.severity());
            assertEquals("[edit routing-instances site-a interface]", error.path());
            assertTrue(error.message().contains("ge-1/0/3.999 is not configured"), error.message());
            assertEquals("configuration check-out failed", check.errors().get(check.errors().size() - 1).message());
            RpcErrorException commit = assertThrows(RpcErrorException.class, session::commit);
            assertEquals(error.path(), commit.errors().get(0).path());
            assertFalse(session.getConfig(Datastore.RUNNING).xml().contains("ge-1/0/3.999"));
        }
        assertEquals(0, router.counters().commits());
    }

    @Test
    void aConfirmedCommitNobodyConfirmsIsRolledBackByTheRouter() throws Exception {
        try (NetconfSession session = open()) {
            Junos junos = session.junos();
            junos.loadConfiguration(Junos.LoadAction.MERGE, location("on trial"));
            // 30 s is rounded up to one Junos minute, which this router counts as 200 ms
            junos.commitConfiguration(JunosCommit.commit().confirmed(Duration.ofSeconds(30)).log("trial"));
            assertEquals(1, router.counters().commits());
            assertTrue(eventually(() -> router.counters().automaticRollbacks() == 1), "rolled back within 5 s");
            assertFalse(session.getConfig(Datastore.RUNNING, SNMP).xml().contains("on trial"));
            assertEquals("", junos.candidateDiff(), "the candidate follows the rollback");
        }
        assertTrue(router.database().commitHistory().get(0).log().contains("automatic rollback"));
        assertEquals("trial", router.database().commitHistory().get(1).log());
    }

    @Test
    void aConfirmedCommitConfirmedByTheNextCommitStays() throws Exception {
        try (NetconfSession session = open()) {
            Junos junos = session.junos();
            junos.loadConfiguration(Junos.LoadAction.MERGE, location("for good"));
            junos.commitConfiguration(JunosCommit.commit().confirmed(Duration.ofMinutes(1)));
            junos.commitConfiguration(JunosCommit.commit().log("confirm"));
            Thread.sleep(JUNOS_MINUTE.multipliedBy(3).toMillis());
            assertTrue(session.getConfig(Datastore.RUNNING, SNMP).xml().contains("for good"));
        }
        assertEquals(0, router.counters().automaticRollbacks());
        assertEquals(2, router.counters().commits());
    }

    @Test
    void aStandardConfirmedCommitCanBeCancelledAtOnce() throws NetconfException {
        try (NetconfSession session = open()) {
            session.editConfig(Datastore.CANDIDATE, location("cancel me"));
            session.commitConfirmed(Duration.ofSeconds(60));
            assertTrue(session.get(SNMP).xml().contains("cancel me"));
            session.cancelCommit();
            assertFalse(session.get(SNMP).xml().contains("cancel me"));
            RpcErrorException none = assertThrows(RpcErrorException.class, session::cancelCommit);
            assertTrue(none.getMessage().contains("no confirmed commit is pending"), none.getMessage());
        }
        assertEquals(1, router.counters().automaticRollbacks());
    }

    @Test
    void aSecondSessionIsDeniedTheLockAndTheCommitUntilTheFirstUnlocks() throws NetconfException {
        try (NetconfSession holder = open(); NetconfSession other = open()) {
            holder.lock(Datastore.CANDIDATE);
            RpcErrorException denied = assertThrows(RpcErrorException.class, () -> other.lock(Datastore.CANDIDATE));
            assertEquals("lock-denied", denied.errors().get(0).tag());
            assertEquals(Long.toString(holder.sessionId()), denied.errors().get(0).info().get("session-id"));
            assertThrows(RpcErrorException.class,
                    () -> other.junos().loadConfiguration(Junos.LoadAction.MERGE, location("not mine")));
            assertThrows(RpcErrorException.class, other::commit);
            holder.unlock(Datastore.CANDIDATE);
            other.lock(Datastore.CANDIDATE);
            other.unlock(Datastore.CANDIDATE);
        }
        assertEquals(0, router.counters().commits());
    }

    @Test
    void killSessionEndsTheOtherSessionAndFreesItsLock() throws Exception {
        try (NetconfSession victim = open(); NetconfSession admin = open()) {
            victim.lock(Datastore.CANDIDATE);
            victim.junos().loadConfiguration(Junos.LoadAction.MERGE, location("abandoned"));
            admin.killSession(victim.sessionId());
            assertTrue(eventually(() -> !victim.isOpen()), "the victim learns its session ended");
            assertThrows(NetconfException.class, () -> victim.get(SNMP));
            admin.lock(Datastore.CANDIDATE);
            assertEquals("", admin.junos().candidateDiff(), "the victim's uncommitted change was discarded");
            RpcErrorException self = assertThrows(RpcErrorException.class, () -> admin.killSession(admin.sessionId()));
            assertEquals("invalid-value", self.errors().get(0).tag());
        }
    }

    @Test
    void errorsOfEveryKindReachTheCallerTyped() throws NetconfException {
        try (NetconfSession session = open()) {
            assertThrows(MissingCapabilityException.class, () -> session.editConfig(Datastore.RUNNING, location("x")),
                    "refused before sending: a Junos running configuration is not writable");
            RpcErrorException unknown = assertThrows(RpcErrorException.class, () -> session.rpc("<get-chassis-inventory/>"));
            assertEquals("operation-not-supported", unknown.errors().get(0).tag());
            assertEquals(RpcError.Type.PROTOCOL, unknown.errors().get(0).type());
            assertThrows(RpcErrorException.class, () -> session.unlock(Datastore.CANDIDATE), "never locked");
            RpcErrorException text = assertThrows(RpcErrorException.class,
                    () -> session.junos().loadConfigurationText(Junos.LoadAction.MERGE, "snmp { location"));
            assertEquals("invalid-value", text.errors().get(0).tag());
            RpcErrorException instance = assertThrows(RpcErrorException.class, () -> session.junos().operational(
                    "<ping><host>192.168.10.20</host><routing-instance>site-zz</routing-instance></ping>"));
            assertTrue(instance.getMessage().contains("invalid routing instance: site-zz"), instance.getMessage());
            assertTrue(session.isOpen(), "rpc-errors leave the session usable");
            session.get(SNMP);
        }
    }

    @Test
    void pingsAndReadsDhcpBindingsThroughOperationalRpcs() throws NetconfException {
        try (NetconfSession session = open()) {
            Junos junos = session.junos();
            String ping = junos.operational("<ping><host>192.168.10.20</host><routing-instance>site-a</routing-instance>"
                    + "<count>5</count><rapid/></ping>", Duration.ofSeconds(5)).xml();
            assertTrue(ping.contains("<responses-received>3</responses-received>"), ping);
            assertTrue(ping.contains("<packet-loss>40</packet-loss>"), ping);
            assertEquals("ping-results", Junos.results(junos.operational(
                    "<ping><host>192.168.10.20</host><routing-instance>site-a</routing-instance><count>1</count></ping>"))
                    .getLocalName());
            String leases = junos.operational("<get-dhcp-server-binding-information>"
                    + "<routing-instance>site-a</routing-instance></get-dhcp-server-binding-information>").xml();
            assertTrue(leases.contains("<allocated-address>192.168.10.20</allocated-address>"), leases);
            assertTrue(leases.contains("<mac-address>00:11:22:33:44:55</mac-address>"), leases);
        }
    }

    private boolean eventuallyNoSessions() throws Exception {
        return eventually(() -> router.counters().concurrentSessions() == 0);
    }
}
