package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code Idempotency-Key} on the API's POSTs: replay, refusal of another body, per caller, concurrent duplicates. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {
  private final Api admin = Api.asAdmin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void replaysTheFirstAnswerToARetryWithTheSameKeyAndBody() {
    String name = Api.unique("idem");
    String body = "{\"name\":\"" + name + "\",\"displayName\":\"Idempotent Ltd\"}";
    Map<String, String> key = key();
    Api.Reply first = admin.send("POST", "/customers", body, key);
    assertEquals(201, first.status(), first.body());
    assertNull(first.header("Idempotent-Replayed"));

    Api.Reply retry = admin.send("POST", "/customers", body, key);
    assertEquals(201, retry.status(), retry.body());
    assertEquals("true", retry.header("Idempotent-Replayed"));
    assertEquals(first.body(), retry.body(), "the same answer, initial password included");
    assertEquals(first.header("Location"), retry.header("Location"));
    assertEquals(1, admin.get("/customers?name=" + name).json().getInt("count"), "created once");
  }

  @Test
  void refusesTheSameKeyWithAnotherBody() {
    Map<String, String> key = key();
    assertEquals(201, admin.send("POST", "/customers", "{\"name\":\"" + Api.unique("one") + "\"}", key).status());
    Api.Reply other = admin.send("POST", "/customers", "{\"name\":\"" + Api.unique("two") + "\"}", key);
    assertEquals(422, other.status(), other.body());
    assertEquals(List.of("Idempotency-Key"), other.errorFields());
  }

  @Test
  void keepsKeysPerCaller() {
    Map<String, String> key = key();
    String operatorName = Api.unique("opkey");
    String password = "Correct-Horse-42-battery";
    assertEquals(201, admin.post("/users", "{\"username\":\"" + operatorName
        + "\",\"role\":\"provider-operator\",\"password\":\"" + password + "\"}").status());
    Api operator = Api.as(operatorName, password);
    assertEquals(201, admin.send("POST", "/customers", "{\"name\":\"" + Api.unique("a") + "\"}", key).status());
    Api.Reply theirs = operator.send("POST", "/customers", "{\"name\":\"" + Api.unique("b") + "\"}", key);
    assertEquals(201, theirs.status(), "another caller's key is another key: " + theirs.body());
    assertNull(theirs.header("Idempotent-Replayed"));
  }

  @Test
  void runsConcurrentDuplicatesOnce() throws Exception {
    String name = Api.unique("race");
    String body = "{\"name\":\"" + name + "\"}";
    Map<String, String> key = key();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        replies.add(pool.submit(() -> {
          start.await();
          return admin.send("POST", "/customers", body, key);
        }));
      }
      start.countDown();
      Set<String> bodies = new HashSet<>();
      int replayed = 0;
      for (Future<Api.Reply> reply : replies) {
        Api.Reply r = reply.get(60, TimeUnit.SECONDS);
        assertEquals(201, r.status(), r.body());
        bodies.add(r.body());
        replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
      }
      assertEquals(1, bodies.size(), "every duplicate got the one answer");
      assertEquals(5, replayed);
      assertEquals(1, admin.get("/customers?name=" + name).json().getInt("count"));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesAMalformedKey() {
    Api.Reply reply = admin.send("POST", "/customers", "{\"name\":\"" + Api.unique("k") + "\"}",
        Map.of("Idempotency-Key", "x".repeat(201)));
    assertEquals(422, reply.status());
    assertEquals(List.of("Idempotency-Key"), reply.errorFields());
  }

  private static Map<String, String> key() {
    return Map.of("Idempotency-Key", UUID.randomUUID().toString());
  }
}
