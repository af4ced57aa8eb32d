package org.ccpe.simulator.config;

import static org.ccpe.simulator.Fixtures.siteATree;
import static org.ccpe.simulator.Fixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigurationDatabaseTest {

    private static final int ALICE = 1;
    private static final int BOB = 2;
    private static final String SNMP_LOCATION = "<configuration><snmp><location>%s</location></snmp></configuration>";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final ConfigurationDatabase db = new ConfigurationDatabase(siteATree().stripped(), timer, Clock.systemUTC());

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private void setLocation(int session, String location) throws ConfigurationException {
        db.load(session, xml(SNMP_LOCATION.formatted(location)), LoadAction.MERGE);
    }

    private String runningLocation() {
        return db.running().path("snmp").get().childText("location");
    }

    @Test
    void secondSessionCanNeitherLockNorEditNorCommitWhileTheFirstHoldsTheLock() throws Exception {
        db.lock(ALICE);
        ConfigurationException lock = assertThrows(ConfigurationException.class, () -> db.lock(BOB));
        assertEquals("lock-denied", lock.errors().get(0).tag());
        assertEquals(ALICE, lock.errors().get(0).sessionId());
        assertThrows(ConfigurationException.class, () -> setLocation(BOB, "bob"));
        assertThrows(ConfigurationException.class, () -> db.commit(BOB, CommitRequest.plain("bob")));
        setLocation(ALICE, "alice");
        db.commit(ALICE, CommitRequest.plain("alice"));
        db.unlock(ALICE);
        db.lock(BOB);
        assertEquals("alice", runningLocation());
    }

    @Test
    void lockIsRefusedWhileTheCandidateHoldsUncommittedChanges() throws Exception {
        setLocation(ALICE, "pending");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> db.lock(BOB));
        assertEquals(0, e.errors().get(0).sessionId());
        db.discardChanges(ALICE);
        db.lock(BOB);
    }

    @Test
    void lockHolderLeavingDiscardsItsChangesAndReleasesTheLock() throws Exception {
        db.lock(ALICE);
        setLocation(ALICE, "never committed");
        db.sessionClosed(ALICE);
        assertEquals(db.running(), db.candidate());
        db.lock(BOB);
    }

    @Test
    void commitCheckFailureLeavesRunningUntouched() throws Exception {
        ConfigNode before = db.running();
        db.load(ALICE, xml("""
                <configuration><interfaces><interface><name>ge-1/0/3</name>
                  <unit><name>211</name><vlan-id>210</vlan-id></unit></interface></interfaces></configuration>"""),
                LoadAction.MERGE);
        assertThrows(ConfigurationException.class, () -> db.commit(ALICE, CommitRequest.plain("alice")));
        assertEquals(before, db.running());
        assertEquals(0, db.commits());
    }

    @Test
    void rollsBackWhenConfirmNeverCame() throws Exception {
        setLocation(ALICE, "confirmed?");
        db.commit(ALICE, new CommitRequest("alice", null, false, Duration.ofMillis(150)));
        assertEquals("confirmed?", runningLocation());
        assertTrue(db.confirmedCommitPending());
        awaitRollback();
        assertEquals(siteATree().stripped(), db.running());
        assertEquals(db.running(), db.candidate());
        assertEquals(1, db.automaticRollbacks());
        assertTrue(db.commitHistory().get(0).log().contains("automatic rollback"));
    }

    @Test
    void aPlainCommitConfirmsAndStopsTheRollback() throws Exception {
        setLocation(ALICE, "confirmed");
        db.commit(ALICE, new CommitRequest("alice", null, false, Duration.ofMillis(150)));
        db.commit(ALICE, CommitRequest.plain("alice"));
        assertFalse(db.confirmedCommitPending());
        Thread.sleep(300);
        assertEquals("confirmed", runningLocation());
        assertEquals(0, db.automaticRollbacks());
    }

    @Test
    void historyKeepsFiftyCommitsAndComparesAgainstAnyOfThem() throws Exception {
        for (int i = 1; i <= 60; i++) {
            setLocation(ALICE, "v" + i);
            db.commit(ALICE, CommitRequest.plain("alice"));
        }
        assertEquals(CommitHistory.DEPTH, db.commitHistory().size());
        assertEquals("v59", db.rollback(1).path("snmp").get().childText("location"));
        assertThrows(ConfigurationException.class, () -> db.rollback(50));
        db.loadRollback(ALICE, 2);
        assertEquals("""
                [edit snmp]
                -   location v58;
                +   location v60;
                """, ConfigDiff.compare(db.candidate(), db.running()));
        assertTrue(db.compare(0).contains("+   location v58;"));
    }

    private void awaitRollback() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (db.confirmedCommitPending() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(db.confirmedCommitPending(), "no rollback within 5 s");
    }
}
