package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/**
 * API tokens end to end: created by a provider admin and shown once, used as Bearer, refused once
 * expired or revoked (with the reason in the challenge), stored only as a hash, audited; and the
 * per-token rate limit (the test server allows 5/s, bursts of 20) under a burst.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {
  private final Api admin = Api.asAdmin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void showsATokenOnceAndAcceptsItAsBearerUntilRevoked() {
    String name = Api.unique("oss");
    Api.Reply created = create(name, "provider-operator", Instant.now().plusSeconds(3600));
    assertEquals(201, created.status(), created.body());
    String token = created.json().getString("token");
    assertTrue(token.startsWith("ccpe_"), token);
    assertEquals("no-store", created.header("Cache-Control"));
    long id = created.id();

    Api oss = Api.bearer(token);
    Api.Reply me = oss.get("/me");
    assertEquals(200, me.status(), me.body());
    assertTrue(me.body().contains("token:" + name), me.body());
    assertEquals(201, oss.post("/customers", "{\"name\":\"" + Api.unique("bytoken") + "\"}").status());
    assertEquals(403, oss.get("/users").status(), "an operator's token is an operator");

    Api.Reply shown = admin.get("/api-tokens/" + id);
    assertEquals("active", shown.json().getString("state"));
    assertTrue(shown.json().isNull("token"), "never shown again: " + shown.body());
    assertFalse(shown.body().contains(token.substring(12)));
    assertNotNull(shown.json().getString("lastUsedAt"), "last use recorded");
    assertFalse(String.join(",", Database.column("SELECT token_hash FROM api_token WHERE id = ?", id)).contains(token),
        "stored hashed");
    assertTrue(admin.get("/audit?entityType=api-token&entityId=" + id).body().contains("\"actor\":\"admin\""));
    assertTrue(admin.get("/audit?actor=token:" + name).json().getInt("count") >= 1, "what the token did is audited");

    assertEquals(204, admin.delete("/api-tokens/" + id).status());
    Api.Reply refused = oss.get("/me");
    assertEquals(401, refused.status());
    assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer "), refused.header("WWW-Authenticate"));
    assertTrue(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""));
    assertTrue(refused.header("WWW-Authenticate").contains("revoked"));
    assertEquals("revoked", admin.get("/api-tokens/" + id).json().getString("state"));
  }

  @Test
  void refusesATokenOnceItExpired() throws InterruptedException {
    Instant expiry = Instant.now().plusSeconds(8); // room for a loaded machine before it expires
    Api.Reply created = create(Api.unique("brief"), "provider-readonly", expiry);
    Api oss = Api.bearer(created.json().getString("token"));
    assertEquals(200, oss.get("/routers?limit=1").status());
    assertEquals(403, oss.post("/customers", "{\"name\":\"" + Api.unique("nope") + "\"}").status());
    while (Instant.now().isBefore(expiry.plusMillis(200))) {
      Thread.sleep(200);
    }
    Api.Reply refused = oss.get("/routers?limit=1");
    assertEquals(401, refused.status());
    assertTrue(refused.header("WWW-Authenticate").contains("expired"), refused.header("WWW-Authenticate"));
    assertEquals("expired", admin.get("/api-tokens/" + created.id()).json().getString("state"));
  }

  @Test
  void refusesUnknownTokensAndBadRequestsForTokens() {
    assertEquals(401, Api.bearer("ccpe_not-a-real-token").get("/me").status());
    Api.Reply invalid = admin.post("/api-tokens",
        "{\"name\":\"-bad\",\"role\":\"customer-admin\",\"expiresAt\":\"2001-01-01T00:00:00Z\"}");
    assertEquals(422, invalid.status());
    assertEquals(List.of("name", "role", "expiresAt"), invalid.errorFields());
    String name = Api.unique("twice");
    assertEquals(201, create(name, "provider-admin", Instant.now().plusSeconds(60)).status());
    assertEquals(409, create(name, "provider-admin", Instant.now().plusSeconds(60)).status());
    assertEquals(403, operator().get("/api-tokens").status(), "provider admins only");
  }

  @Test
  void answers429WithRetryAfterWhenATokenBursts() throws Exception {
    Api oss = Api.bearer(create(Api.unique("burst"), "provider-readonly", Instant.now().plusSeconds(600))
        .json().getString("token"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      int ok = 0;
      Api.Reply limited = null;
      // waves of 40 at once until one is refused: over 20 + 5/s however fast this machine is
      for (int wave = 0; wave < 10 && limited == null; wave++) {
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          replies.add(pool.submit(() -> oss.get("/me")));
        }
        for (Future<Api.Reply> reply : replies) {
          Api.Reply r = reply.get(60, TimeUnit.SECONDS);
          if (r.status() == 200) {
            ok++;
          } else {
            assertEquals(429, r.status(), r.body());
            limited = r;
          }
        }
      }
      assertNotNull(limited, "a burst over the token's limit is refused");
      assertTrue(ok >= 20, "the burst allowance itself passes: " + ok);
      assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
      assertEquals("application/problem+json", limited.header("Content-Type"));
      assertEquals(429, limited.json().getInt("status"));
      assertEquals(200, admin.get("/me").status(), "another caller is not limited");
    } finally {
      pool.shutdownNow();
    }
  }

  private Api.Reply create(String name, String role, Instant expiresAt) {
    return admin.post("/api-tokens", "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"expiresAt\":\""
        + expiresAt + "\",\"description\":\"OSS account\"}");
  }

  private Api operator() {
    String name = Api.unique("op");
    String password = "Correct-Horse-42-battery";
    assertEquals(201, admin.post("/users", "{\"username\":\"" + name + "\",\"role\":\"provider-operator\",\"password\":\""
        + password + "\"}").status());
    return Api.as(name, password);
  }
}
