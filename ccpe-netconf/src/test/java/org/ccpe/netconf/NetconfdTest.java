package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client against a NETCONF server nobody here wrote: yuma123 netconfd with the small
 * {@code acme-sites} YANG module. Sites are named per test; each test starts from empty datastores.
 */
@Timeout(30)
class NetconfdTest {
  @RegisterExtension
  static final NetconfdPeer PEER = new NetconfdPeer();

  private static final String SITES_FILTER = "<sites xmlns=\"urn:acme:sites\"/>";
  private static final String PERSIST_ID = "ccpe-job-17";

  static String site(String name, int vlan) {
    return "<sites xmlns=\"urn:acme:sites\"><site><name>" + name + "</name><vlan>" + vlan + "</vlan></site></sites>";
  }

  private NetconfSession open() throws NetconfException {
    return PEER.device(PEER.candidatePort()).build().openSession();
  }

  /**
   * Every test starts from empty datastores, whatever the one before it left: netconfd shares one
   * candidate among all sessions (an uncommitted edit would block the next test's lock) and keeps
   * a persistent confirmed commit pending after its session ended.
   */
  @BeforeEach
  void startFromEmptyDatastores() throws NetconfException {
    try (NetconfSession session = open()) {
      try {
        session.cancelCommit(PERSIST_ID);
      } catch (RpcErrorException nonePending) {
        // the usual case: the test that used it confirmed it
      }
      session.discardChanges();
      session.editConfig(Datastore.CANDIDATE, "<sites xmlns=\"urn:acme:sites\" "
          + "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"/>");
      session.commit();
      assertEquals("", sites(session, Datastore.RUNNING));
    }
  }

  /** The {@code <site>} entries of a datastore as XML, empty when there are none. */
  private static String sites(NetconfSession session, Datastore datastore) throws NetconfException {
    String xml = session.getConfig(datastore, SITES_FILTER).xml();
    int first = xml.indexOf("<site>");
    return first < 0 ? "" : xml.substring(first, xml.lastIndexOf("</site>") + "</site>".length());
  }

  @Test
  void netconfdDropsAnRpcThatReachesItWithTheHello() throws NetconfException {
    Device device = PEER.device(PEER.candidatePort()).probeAfterHello(false).replyTimeout(Duration.ofSeconds(1)).build();
    try (NetconfSession session = NetconfSession.over(new HelloWithFirstRpc(SshTransport.connect(device)), device)) {
      assertThrows(ReplyTimeoutException.class, () -> session.getConfig(Datastore.RUNNING, SITES_FILTER),
          "the quirk the probe after hello guards against");
    }
  }

  @Test
  void theFirstRpcIsNotLostWhenItWouldReachNetconfdWithTheHello() throws NetconfException {
    Device device = PEER.device(PEER.candidatePort()).build();
    try (NetconfSession session = NetconfSession.over(new HelloWithFirstRpc(SshTransport.connect(device)), device)) {
      session.editConfig(Datastore.CANDIDATE, site("laval", 53));
      assertTrue(sites(session, Datastore.CANDIDATE).contains("laval"));
    }
  }

  @Test
  void helloAdvertisesCandidateConfirmedCommitAndValidateAndPicksChunkedFraming() throws NetconfException {
    try (NetconfSession session = open()) {
      Capabilities server = session.serverCapabilities();
      assertTrue(server.hasCandidate(), server.toString());
      assertTrue(server.hasConfirmedCommit(), server.toString());
      assertTrue(server.hasValidate(), server.toString());
      assertTrue(session.sessionId() > 0);
      assertEquals(Framing.CHUNKED, session.framing());
    }
  }

  @Test
  void editsTheCandidateUnderLockAndCommits() throws NetconfException {
    try (NetconfSession session = open()) {
      session.lock(Datastore.CANDIDATE);
      session.editConfig(EditConfig.of(Datastore.CANDIDATE, site("lyon", 210))
          .withDefaultOperation(EditConfig.DefaultOperation.MERGE)
          .withTestOption(EditConfig.TestOption.TEST_THEN_SET)
          .withErrorOption(EditConfig.ErrorOption.ROLLBACK_ON_ERROR));
      assertTrue(session.getConfig(Datastore.CANDIDATE, SITES_FILTER).xml().contains("lyon"));
      assertFalse(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("lyon"), "not before commit");
      session.commit();
      session.unlock(Datastore.CANDIDATE);
      assertTrue(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("<vlan>210</vlan>"));
    }
  }

  @Test
  void validatesTheCandidate() throws NetconfException {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("nantes", 300));
      Reply valid = session.validate(Datastore.CANDIDATE);
      assertTrue(valid.warnings().isEmpty());
      // netconfd loses an edit when <commit> comes right after <validate>: this test does not commit
      session.discardChanges();
    }
  }

  @Test
  void badDataIsAnRpcErrorWithTagAndPath() throws NetconfException {
    try (NetconfSession session = open()) {
      RpcErrorException e = assertThrows(RpcErrorException.class,
          () -> session.editConfig(Datastore.CANDIDATE, site("brest", 5000)));
      RpcError error = e.errors().get(0);
      assertEquals(RpcError.Severity.ERROR, error.severity());
      assertEquals(RpcError.Type.PROTOCOL, error.type(), "yuma123 reports bad values at the protocol layer");
      assertEquals("invalid-value", error.tag());
      assertTrue(error.path() != null && error.path().contains("vlan"), error.toString());
    }
  }

  @Test
  void discardChangesForgetsTheCandidateEdit() throws NetconfException {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("lille", 12));
      assertTrue(session.getConfig(Datastore.CANDIDATE, SITES_FILTER).xml().contains("lille"));
      session.discardChanges();
      assertFalse(session.getConfig(Datastore.CANDIDATE, SITES_FILTER).xml().contains("lille"));
    }
  }

  @Test
  void getConfigWithASubtreeFilterReturnsOnlyTheSelectedSite() throws NetconfException {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("metz", 7) + site("nice", 8));
      session.commit();
      String metz = session.getConfig(Datastore.RUNNING,
          "<sites xmlns=\"urn:acme:sites\"><site><name>metz</name></site></sites>").xml();
      assertTrue(metz.contains("<vlan>7</vlan>"), metz);
      assertFalse(metz.contains("nice"), metz);
      assertTrue(session.get(SITES_FILTER).xml().contains("nice"));
    }
  }

  @Test
  void aLockHeldByAnotherSessionIsDeniedUntilThatSessionIsKilled() throws NetconfException {
    try (NetconfSession holder = open(); NetconfSession other = open()) {
      holder.lock(Datastore.CANDIDATE);
      RpcErrorException denied = assertThrows(RpcErrorException.class, () -> other.lock(Datastore.CANDIDATE));
      assertEquals("lock-denied", denied.errors().get(0).tag());
      assertEquals(Long.toString(holder.sessionId()), denied.errors().get(0).info().get("session-id"));
      other.killSession(holder.sessionId());
      other.lock(Datastore.CANDIDATE);
      other.unlock(Datastore.CANDIDATE);
    }
  }

  @Test
  void aConfirmedCommitThatIsNotConfirmedRollsBack() throws Exception {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("toulon", 99));
      session.commitConfirmed(Duration.ofSeconds(1));
      assertTrue(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("toulon"), "committed for now");
      // netconfd runs its timers only once the whole server has been idle for 1 s: look only after
      // quiet spells well past the deadline (1 s) plus that idle second; a loaded machine may need
      // more than one
      for (int look = 0; look < 4 && sites(session, Datastore.RUNNING).contains("toulon"); look++) {
        Thread.sleep(2_500);
      }
      assertFalse(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("toulon"), "rolled back");
    }
  }

  @Test
  void aConfirmedCommitConfirmedInTimeStays() throws NetconfException {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("vannes", 56));
      session.commitConfirmed(Duration.ofSeconds(60));
      session.commit();
      assertTrue(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("vannes"));
    }
  }

  @Test
  void cancelCommitUndoesAConfirmedCommitAtOnce() throws NetconfException {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("reims", 51));
      session.commitConfirmed(Duration.ofSeconds(60));
      session.cancelCommit();
      assertFalse(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("reims"));
    }
  }

  @Test
  void aPersistentConfirmedCommitIsConfirmedFromAnotherSession() throws NetconfException {
    try (NetconfSession committer = open()) {
      committer.editConfig(Datastore.CANDIDATE, site("rennes", 35));
      committer.commitConfirmed(Duration.ofSeconds(60), PERSIST_ID);
    }
    try (NetconfSession confirmer = open()) {
      confirmer.confirmCommit(PERSIST_ID);
      assertTrue(confirmer.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("rennes"));
    }
  }

  @Test
  void severalSessionsWorkAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> {
          try (NetconfSession session = open()) {
            int replies = 0;
            for (int call = 0; call < 25; call++) {
              session.getConfig(Datastore.RUNNING, SITES_FILTER);
              replies++;
            }
            return replies;
          }
        }));
      }
      for (Future<Integer> result : results) {
        assertEquals(25, result.get(20, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void copyConfigFromRunningResetsTheCandidate() throws NetconfException {
    try (NetconfSession session = open()) {
      session.editConfig(Datastore.CANDIDATE, site("dijon", 21));
      session.copyConfig(Datastore.CANDIDATE, Datastore.RUNNING);
      assertFalse(session.getConfig(Datastore.CANDIDATE, SITES_FILTER).xml().contains("dijon"));
    }
  }

  @Test
  void aServerWithoutCandidateRefusesCandidateOperationsClearly() throws NetconfException {
    try (NetconfSession session = PEER.device(PEER.runningPort()).build().openSession()) {
      assertTrue(session.serverCapabilities().has(Capabilities.WRITABLE_RUNNING));
      MissingCapabilityException e = assertThrows(MissingCapabilityException.class, session::commit);
      assertTrue(e.getMessage().contains("candidate"), e.getMessage());
      assertThrows(MissingCapabilityException.class, () -> session.commitConfirmed(Duration.ofSeconds(5)));
      session.editConfig(Datastore.RUNNING, site("paris", 75));
      assertTrue(session.getConfig(Datastore.RUNNING, SITES_FILTER).xml().contains("paris"));
      session.editConfig(Datastore.RUNNING, "<sites xmlns=\"urn:acme:sites\" "
          + "xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:operation=\"remove\"/>");
    }
  }
}
