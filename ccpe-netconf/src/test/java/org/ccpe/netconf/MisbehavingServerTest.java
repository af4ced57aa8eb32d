package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Over real SSH, against a server that says hello and then never answers, or answers too much. */
@Timeout(20)
class MisbehavingServerTest {

  @Test
  void aReplyThatNeverComesTimesOutAndTheSessionStaysUsable() throws Exception {
    try (SilentNetconfServer server = new SilentNetconfServer(SilentNetconfServer.Behaviour.SWALLOW_RPCS, 0);
        NetconfSession session = server.device().replyTimeout(Duration.ofMillis(400)).build().openSession()) {
      assertEquals(Framing.END_OF_MESSAGE, session.framing(), "the server speaks base:1.0 only");
      long start = System.nanoTime();
      assertThrows(ReplyTimeoutException.class, () -> session.getConfig(Datastore.RUNNING));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis >= 400 && millis < 3_000, "took " + millis + " ms");
      assertTrue(session.isOpen());
      assertThrows(ReplyTimeoutException.class, session::get);
    }
  }

  @Test
  void aCommitThatIsNeverAnsweredIsReportedAsOutcomeUnknownNotFailed() throws Exception {
    try (SilentNetconfServer server = new SilentNetconfServer(SilentNetconfServer.Behaviour.SWALLOW_RPCS, 0);
        NetconfSession session = server.device()
            .commitTimeout(Duration.ofMillis(400)).replyTimeout(Duration.ofMillis(400)).build().openSession()) {
      CommitOutcomeUnknownException plain = assertThrows(CommitOutcomeUnknownException.class, session::commit);
      assertTrue(plain.getMessage().startsWith("outcome of commit unknown"), plain.getMessage());
      assertThrows(CommitOutcomeUnknownException.class, () -> session.commitConfirmed(Duration.ofMinutes(5)));
      assertThrows(CommitOutcomeUnknownException.class,
          () -> session.junos().commitConfiguration(JunosCommit.commit().log("site 42")));
      assertThrows(ReplyTimeoutException.class,
          () -> session.junos().commitConfiguration(JunosCommit.check()), "a check changes nothing: a plain timeout");
    }
  }

  @Test
  void aReplyLargerThanTheLimitEndsTheSessionWithAClearError() throws Exception {
    try (SilentNetconfServer server = new SilentNetconfServer(SilentNetconfServer.Behaviour.ANSWER_TOO_MUCH, 200_000);
        NetconfSession session = server.device().maxReplySize(64 * 1024).build().openSession()) {
      ReplyTooLargeException e = assertThrows(ReplyTooLargeException.class, () -> session.getConfig(Datastore.RUNNING));
      assertTrue(e.getMessage().contains("65536 bytes"), e.getMessage());
      assertFalse(session.isOpen());
    }
  }

  @Test
  void aSendToAServerThatStoppedReadingGivesUpAfterTheReplyTimeout() throws Exception {
    try (SilentNetconfServer server = new SilentNetconfServer(SilentNetconfServer.Behaviour.STOP_READING, 0);
        NetconfSession session = server.device().replyTimeout(Duration.ofMillis(500)).build().openSession()) {
      String big = "<config-blob>" + "x".repeat(8 * 1024 * 1024) + "</config-blob>"; // more than any SSH window
      long start = System.nanoTime();
      SessionClosedException e = assertThrows(SessionClosedException.class, () -> session.rpc(big));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis >= 400 && millis < 5_000, "took " + millis + " ms");
      assertTrue(e.getMessage().startsWith("cannot send rpc"), e.getMessage());
      assertFalse(session.isOpen());
    }
  }

  @Test
  void aServerThatIsNotThereIsAClearConnectError() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    Device nobody = Device.builder().host("127.0.0.1").port(port).username("x").password("y")
        .knownHosts(KnownHosts.inMemory()).connectTimeout(Duration.ofSeconds(2)).build();
    NetconfException e = assertThrows(NetconfException.class, nobody::openSession);
    assertTrue(e.getMessage().startsWith("cannot connect to 127.0.0.1:" + port), e.getMessage());
  }
}
