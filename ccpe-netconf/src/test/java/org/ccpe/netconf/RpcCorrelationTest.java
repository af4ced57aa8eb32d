package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** message-id correlation, framing choice and failure paths, against a peer scripted on loopback. */
class RpcCorrelationTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private LoopbackPeer peer;
  private ExecutorService threads;

  @BeforeEach
  void connect() throws Exception {
    peer = new LoopbackPeer();
    threads = Executors.newFixedThreadPool(3);
  }

  @AfterEach
  void disconnect() throws Exception {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(5, TimeUnit.SECONDS));
    peer.close();
  }

  private NetconfSession open(Duration replyTimeout, String... serverCapabilities) throws Exception {
    peer.sendHello(serverCapabilities);
    NetconfSession session = NetconfSession.over(peer.transport(), LoopbackPeer.settings(replyTimeout));
    assertTrue(peer.readHello().contains(Capabilities.BASE_1_1));
    return session;
  }

  @Test
  void repliesAnsweredOutOfOrderReachTheirOwnCallers() {
    assertTimeoutPreemptively(LIMIT, () -> {
      NetconfSession session = open(Duration.ofSeconds(5), Capabilities.BASE_1_0, Capabilities.BASE_1_1);
      assertEquals(Framing.CHUNKED, session.framing());
      Future<Reply> first = threads.submit(() -> session.rpc("<first/>"));
      String firstId = peer.readRpcId();
      Future<Reply> second = threads.submit(() -> session.rpc("<second/>"));
      String secondId = peer.readRpcId();

      peer.reply("999", "<data>nobody asked</data>");
      peer.send("<notification xmlns=\"urn:ietf:params:xml:ns:netconf:notification:1.0\"/>");
      peer.reply(secondId, "<data>two</data>");
      peer.reply(firstId, "<data>one</data>");

      assertEquals("one", first.get().text());
      assertEquals("two", second.get().text());
      assertEquals(firstId, first.get().messageId());
    });
  }

  @Test
  void aLateReplyDoesNotAnswerTheNextCall() {
    assertTimeoutPreemptively(LIMIT, () -> {
      NetconfSession session = open(Duration.ofMillis(300), Capabilities.BASE_1_0);
      assertEquals(Framing.END_OF_MESSAGE, session.framing());
      Future<?> timedOut = threads.submit(() -> session.rpc("<slow/>"));
      String slowId = peer.readRpcId();
      ReplyTimeoutException e = assertThrows(ReplyTimeoutException.class, () -> rethrow(timedOut));
      assertTrue(e.getMessage().contains("300 ms"), e.getMessage());

      Future<Reply> next = threads.submit(() -> session.rpc("<next/>"));
      String nextId = peer.readRpcId();
      peer.reply(slowId, "<data>stale</data>");
      peer.reply(nextId, "<data>fresh</data>");
      assertEquals("fresh", next.get().text());
      assertTrue(session.isOpen());
    });
  }

  @Test
  void aCommitWhoseReplyNeverComesHasAnUnknownOutcome() {
    assertTimeoutPreemptively(LIMIT, () -> {
      NetconfSession session = open(Duration.ofMillis(300), Capabilities.BASE_1_0, Capabilities.CANDIDATE);
      Future<?> commit = threads.submit(session::commit);
      assertTrue(peer.readRpc().contains("<commit/>"));
      CommitOutcomeUnknownException e = assertThrows(CommitOutcomeUnknownException.class, () -> rethrow(commit));
      assertTrue(e.getCause() instanceof ReplyTimeoutException);
    });
  }

  @Test
  void aSessionLostDuringACommitLeavesItsOutcomeUnknown() {
    assertTimeoutPreemptively(LIMIT, () -> {
      NetconfSession session = open(Duration.ofSeconds(5), Capabilities.BASE_1_0, Capabilities.CANDIDATE);
      Future<?> commit = threads.submit(session::commit);
      peer.readRpc();
      peer.close();
      CommitOutcomeUnknownException e = assertThrows(CommitOutcomeUnknownException.class, () -> rethrow(commit));
      assertTrue(e.getCause() instanceof SessionClosedException, String.valueOf(e.getCause()));
      assertFalse(session.isOpen());
      NetconfException after = assertThrows(NetconfException.class, session::get);
      assertTrue(after.getMessage().contains("not sent"), after.getMessage());
    });
  }

  @Test
  void operationsNeedingMissingCapabilitiesAreRefusedBeforeSending() {
    assertTimeoutPreemptively(LIMIT, () -> {
      NetconfSession session = open(Duration.ofSeconds(5), Capabilities.BASE_1_0, Capabilities.WRITABLE_RUNNING);
      MissingCapabilityException candidate = assertThrows(MissingCapabilityException.class, session::commit);
      assertEquals(Capabilities.CANDIDATE, candidate.capability());
      assertThrows(MissingCapabilityException.class, () -> session.validate(Datastore.RUNNING));
      assertThrows(MissingCapabilityException.class, () -> session.commitConfirmed(Duration.ofSeconds(30)));
      assertThrows(MissingCapabilityException.class, session::discardChanges);
      assertThrows(MissingCapabilityException.class, () -> session.getConfig(Datastore.CANDIDATE));
      assertThrows(MissingCapabilityException.class, () -> session.editConfig(
          EditConfig.of(Datastore.RUNNING, "<x/>").withTestOption(EditConfig.TestOption.TEST_ONLY)));

      CompletableFuture<String> sent = CompletableFuture.supplyAsync(() -> {
        try {
          String rpc = peer.readRpc();
          peer.replyOk(rpc.replaceAll("(?s).*message-id=\"([^\"]+)\".*", "$1"));
          return rpc;
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }, threads);
      session.editConfig(EditConfig.of(Datastore.RUNNING, "<x/>")
          .withDefaultOperation(EditConfig.DefaultOperation.REPLACE));
      assertTrue(sent.get().contains("<edit-config><target><running/></target><default-operation>replace</default-operation>"),
          "nothing refused was sent before: " + sent.get());
    });
  }

  private static void rethrow(Future<?> future) throws Throwable {
    try {
      future.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause();
    }
  }
}
