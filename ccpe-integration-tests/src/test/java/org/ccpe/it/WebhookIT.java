package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks to a receiver in this JVM: a signed delivery of a real event (an import), a retry after
 * the receiver answered 500, and an outbox row that outlives a server restart in mid-delivery.
 * The test server delivers every 0.5 s, retries after 0.5 s doubling, and gives a receiver 2 s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {
  private final Api admin = Api.asAdmin();
  private WebhookReceiver receiver;
  private final java.util.List<Long> subscriptions = new java.util.ArrayList<>();

  @ArquillianResource private ManagementClient management;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = new WebhookReceiver();
  }

  @AfterEach
  void stopReceiverAndForgetSubscriptions() {
    subscriptions.forEach(id -> admin.delete("/webhooks/" + id));
    receiver.close();
  }

  @Test
  void deliversAnImportAsSignedJson() throws Exception {
    Api.Reply created = subscribe("/imports", "import.finished");
    String secret = created.json().getString("secret");
    assertTrue(admin.get("/webhooks/" + created.id()).json().isNull("secret"), "the secret is shown once");

    String name = Api.unique("hooked");
    Api.Reply imported = admin.post("/imports", "{\"customers\":[{\"externalId\":\"" + name + "\",\"name\":\"" + name
        + "\",\"displayName\":\"Hooked\",\"sites\":[]}]}");
    assertEquals(200, imported.status(), imported.body());

    WebhookReceiver.Received got = receiver.next("/imports", "import.finished", 20);
    assertTrue(verify(secret, got), "signature over timestamp and body: " + got);
    assertTrue(Math.abs(Long.parseLong(got.timestamp()) - Instant.now().getEpochSecond()) < 60);
    JsonObject event = Json.createReader(new StringReader(got.body())).readObject();
    assertEquals("import.finished", event.getString("type"));
    assertEquals(got.eventId(), event.getString("id"));
    assertTrue(event.getJsonObject("data").getJsonObject("counts").getJsonObject("customer").getInt("created") >= 1);

    JsonObject delivery = awaitState(created.id(), Long.parseLong(got.delivery()), "delivered");
    assertEquals(200, delivery.getInt("lastStatus"));
    // one attempt, unless the loaded test machine made the receiver slower than the 2 s timeout
    assertTrue(delivery.getInt("attempts") >= 1);
  }

  @Test
  void retriesAfterTheReceiverAnswered500() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    receiver.answer(() -> calls.incrementAndGet() == 1 ? 500 : 204);
    Api.Reply created = subscribe("/flaky", "drift.detected");
    String secret = created.json().getString("secret");

    Api.Reply test = admin.post("/webhooks/" + created.id() + "/test", null);
    assertEquals(200, test.status(), test.body());
    assertEquals("pending", test.json().getString("state"), "the first attempt got 500: " + test.body());
    assertEquals(500, test.json().getInt("lastStatus"));

    WebhookReceiver.Received first = receiver.next(10);
    WebhookReceiver.Received second = receiver.next(10);
    assertEquals(List.of(500, 204), List.of(first.answered(), second.answered()));
    assertEquals(first.eventId(), second.eventId(), "the same event again");
    assertTrue(verify(secret, second));
    assertEquals("webhook.test", second.event());

    JsonObject delivery = awaitState(created.id(), test.id(), "delivered");
    assertEquals(2, delivery.getInt("attempts"));
    assertEquals(204, delivery.getInt("lastStatus"));
  }

  @Test
  void keepsAnUndeliveredEventThroughAServerRestart() throws Exception {
    receiver.answer(() -> 503);
    Api.Reply created = subscribe("/restart", "import.finished");
    String name = Api.unique("restart");
    assertEquals(200, admin.post("/imports", "{\"customers\":[{\"externalId\":\"" + name + "\",\"name\":\"" + name
        + "\",\"displayName\":\"Restart\",\"sites\":[]}]}").status());
    WebhookReceiver.Received before = receiver.next("/restart", "import.finished", 20);

    reloadServer();
    List<String> stored = Database.column("SELECT state FROM webhook_delivery WHERE id = ?",
        Long.parseLong(before.delivery()));
    assertEquals(List.of("pending"), stored, "the outbox row is in the database across the restart");

    Instant restarted = Instant.now();
    receiver.drain();
    receiver.answer(() -> 200);
    WebhookReceiver.Received after = receiver.next("/restart", "import.finished", 30);
    assertEquals(before.eventId(), after.eventId());
    assertTrue(after.at().isAfter(restarted));
    awaitState(created.id(), Long.parseLong(after.delivery()), "delivered");
  }

  private Api.Reply subscribe(String path, String type) {
    Api.Reply created = admin.post("/webhooks", "{\"name\":\"" + Api.unique("hook") + "\",\"url\":\""
        + receiver.url(path) + "\",\"eventTypes\":[\"" + type + "\"]}");
    assertEquals(201, created.status(), created.body());
    subscriptions.add(created.id());
    return created;
  }

  /** Waits until the subscription's delivery {@code id} is in {@code state}; answers it. */
  private JsonObject awaitState(long subscription, long id, String state) throws InterruptedException {
    JsonObject last = null;
    for (int i = 0; i < 100; i++) {
      for (var d : admin.get("/webhooks/" + subscription + "/deliveries").results()) {
        if (d.asJsonObject().getJsonNumber("id").longValue() == id) {
          last = d.asJsonObject();
        }
      }
      if (last != null && state.equals(last.getString("state"))) {
        return last;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("delivery " + id + " not " + state + ": " + last);
  }

  /** What a receiver does: HMAC-SHA256 of "<timestamp>.<body>" with the secret, compared with the header. */
  private static boolean verify(String secret, WebhookReceiver.Received got) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal((got.timestamp() + "." + got.body()).getBytes(StandardCharsets.UTF_8));
    return ("v1=" + java.util.HexFormat.of().formatHex(digest)).equals(got.signature());
  }

  /** Reloads the server (the application stops and starts again) and waits until the API answers. */
  private void reloadServer() throws Exception {
    ModelNode reload = new ModelNode();
    reload.get("operation").set("reload");
    reload.get("address").setEmptyList();
    ModelNode result = management.getControllerClient().execute(reload);
    assertEquals("success", result.get("outcome").asString(), result.toString());
    long deadline = System.nanoTime() + 90_000_000_000L;
    Thread.sleep(2000);
    while (System.nanoTime() < deadline) {
      try {
        if (management.isServerInRunningState() && admin.get("/me").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // the server is on its way back
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the server did not come back within 90 s");
  }
}
