package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Junos extensions put on the wire and how they read Junos-shaped replies. */
class JunosTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  private LoopbackPeer peer;
  private ExecutorService threads;
  private Junos junos;

  @BeforeEach
  void connect() throws Exception {
    peer = new LoopbackPeer();
    threads = Executors.newSingleThreadExecutor();
    peer.sendHello(Capabilities.BASE_1_0, Capabilities.BASE_1_1, Capabilities.CANDIDATE, Capabilities.JUNOS);
    junos = NetconfSession.over(peer.transport(), LoopbackPeer.settings(Duration.ofSeconds(5))).junos();
    peer.readHello();
  }

  @AfterEach
  void disconnect() throws Exception {
    threads.shutdownNow();
    assertTrue(threads.awaitTermination(5, TimeUnit.SECONDS));
    peer.close();
  }

  /** Runs {@code call}, answers its rpc with {@code replyContent} and returns what was sent. */
  private String exchange(Call call, String replyContent, Reply[] result) {
    return assertTimeoutPreemptively(LIMIT, () -> {
      Future<Reply> reply = threads.submit(call::run);
      String rpc = peer.readRpc();
      peer.reply(rpc.replaceAll("(?s).*message-id=\"([^\"]+)\".*", "$1"), replyContent);
      result[0] = reply.get();
      return rpc;
    });
  }

  private interface Call {
    Reply run() throws NetconfException;
  }

  @Test
  void loadsXmlAndTextConfigurationWithTheRequestedAction() {
    Reply[] reply = new Reply[1];
    String xml = exchange(() -> junos.loadConfiguration(Junos.LoadAction.REPLACE, "<configuration><system/></configuration>"),
        "<load-configuration-results><ok/></load-configuration-results>", reply);
    assertTrue(xml.contains("<load-configuration action=\"replace\" format=\"xml\"><configuration><system/></configuration>"), xml);

    String text = exchange(() -> junos.loadConfigurationText(Junos.LoadAction.OVERRIDE, "system { host-name \"a&b\"; }"),
        "<load-configuration-results><ok/></load-configuration-results>", reply);
    assertTrue(text.contains("action=\"override\" format=\"text\"><configuration-text>system { host-name &quot;a&amp;b&quot;; }"),
        text);
  }

  @Test
  void aLoadErrorNestedInTheResultsIsThrownWithItsPath() {
    RpcErrorException e = assertThrows(RpcErrorException.class, () -> assertTimeoutPreemptively(LIMIT, () -> {
      Future<Reply> reply = threads.submit(() -> junos.loadConfiguration(Junos.LoadAction.MERGE, "<configuration/>"));
      String id = peer.readRpc().replaceAll("(?s).*message-id=\"([^\"]+)\".*", "$1");
      peer.reply(id, "<load-configuration-results><rpc-error><error-severity>error</error-severity>"
          + "<error-path>[edit interfaces]</error-path><error-message>syntax error</error-message></rpc-error>"
          + "<ok/></load-configuration-results>");
      try {
        return reply.get();
      } catch (java.util.concurrent.ExecutionException x) {
        throw x.getCause();
      }
    }));
    assertEquals("[edit interfaces]", e.errors().get(0).path());
  }

  @Test
  void readsTheCandidateDiffAsText() throws Exception {
    String diff = assertTimeoutPreemptively(LIMIT, () -> {
      Future<String> result = threads.submit(junos::candidateDiff);
      String rpc = peer.readRpc();
      assertTrue(rpc.contains("<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>"), rpc);
      peer.reply(rpc.replaceAll("(?s).*message-id=\"([^\"]+)\".*", "$1"),
          "<configuration-information><configuration-output>\n[edit routing-instances]\n+   SITE-42 { ... }\n"
              + "</configuration-output></configuration-information>");
      return result.get();
    });
    assertEquals("[edit routing-instances]\n+   SITE-42 { ... }", diff);
  }

  @Test
  void commitConfigurationCarriesItsOptions() {
    Reply[] reply = new Reply[1];
    String check = exchange(() -> junos.commitConfiguration(JunosCommit.check()),
        "<commit-results><routing-engine><name>re0</name><commit-check-success/></routing-engine></commit-results>", reply);
    assertTrue(check.contains("<commit-configuration><check/></commit-configuration>"), check);
    assertEquals("commit-results", reply[0].content().getLocalName());

    String confirmed = exchange(() -> junos.commitConfiguration(
            JunosCommit.commit().confirmed(Duration.ofSeconds(90)).synchronize().log("site <42>")),
        "<commit-results><routing-engine><commit-success/></routing-engine></commit-results>", reply);
    assertTrue(confirmed.contains("<commit-configuration><confirmed/><confirm-timeout>2</confirm-timeout>"
        + "<synchronize/><log>site &lt;42&gt;</log></commit-configuration>"), "minutes, rounded up: " + confirmed);
  }

  @Test
  void runsAnOperationalRpc() {
    Reply[] reply = new Reply[1];
    String ping = exchange(() -> junos.operational("<ping><host>192.0.2.1</host><routing-instance>SITE-42</routing-instance>"
            + "<count>3</count></ping>", Duration.ofSeconds(5)),
        "<ping-results><probe-results-summary><packet-loss>0</packet-loss></probe-results-summary></ping-results>", reply);
    assertTrue(ping.contains("<ping><host>192.0.2.1</host>"), ping);
    assertEquals("ping-results", Junos.results(reply[0]).getLocalName());
    assertEquals("0", reply[0].text());
  }
}
