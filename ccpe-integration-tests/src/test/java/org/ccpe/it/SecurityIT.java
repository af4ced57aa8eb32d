package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what, and what is never shown: roles, secrets, password storage, lock-out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
  private static final String STRONG = "Correct-Horse-42-battery";
  private final Api admin = Api.asAdmin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void asksForCredentialsWithoutThem() {
    Api.Reply reply = Api.anonymous().get("/customers");
    assertEquals(401, reply.status());
    assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"), reply.header("WWW-Authenticate"));
    assertEquals(401, Api.as("admin", "wrong-password").get("/customers").status());
  }

  @Test
  void keepsCustomerUsersOutOfTheProvidersPartOfTheApi() {
    String name = Api.unique("tenant");
    String password = Fixtures.customer(admin, name).json().getJsonObject("initialAdmin").getString("password");
    Api customerAdmin = Api.as("admin@" + name, password);

    assertEquals(200, customerAdmin.get("/me").status());
    for (String path : List.of("/routers", "/audit", "/users")) {
      assertEquals(403, customerAdmin.get(path).status(), path);
    }
    // customers, sites, access links: their own only (TenantIsolationIT)
    assertEquals(1, customerAdmin.get("/customers").json().getInt("count"));
    assertEquals(403, customerAdmin.post("/customers", "{\"name\":\"" + Api.unique("evil") + "\"}").status());
  }

  @Test
  void letsReadonlyUsersReadButNotChange() {
    Api readonly = user("provider-readonly");
    long router = Fixtures.router(admin, Api.unique("mx"));

    assertEquals(200, readonly.get("/routers/" + router).status());
    assertEquals(200, readonly.get("/audit?limit=1").status());
    assertEquals(403, readonly.post("/customers", "{\"name\":\"" + Api.unique("nope") + "\"}").status());
    assertEquals(403, readonly.delete("/routers/" + router).status());
    assertEquals(200, admin.get("/routers/" + router).status(), "still there");
  }

  @Test
  void letsOperatorsChangeInventoryButNotUsers() {
    Api operator = user("provider-operator");
    assertEquals(201, operator.post("/customers", "{\"name\":\"" + Api.unique("op") + "\"}").status());
    assertEquals(403, operator.get("/users").status());
    assertEquals(403, operator.post("/users", "{\"username\":\"x\",\"role\":\"provider-admin\"}").status());
  }

  @Test
  void neverReturnsRouterSecretsAndStoresThemEncrypted() {
    String name = Api.unique("secretive");
    long router = Fixtures.router(admin, name);
    String password = "NetconfSecret-" + name;
    String community = "community-" + name;

    Api.Reply one = admin.get("/routers/" + router);
    assertTrue(one.json().getBoolean("netconfPasswordSet"));
    assertTrue(one.json().getBoolean("snmpCommunitySet"));
    for (String answer : List.of(one.body(), admin.get("/routers?name=" + name).body(),
        admin.get("/audit?entityType=router&entityId=" + router).body())) {
      assertFalse(answer.contains(password), answer);
      assertFalse(answer.contains(community), answer);
    }

    String stored = Database.column("SELECT netconf_password FROM router WHERE id = ?", router).get(0);
    assertNotNull(stored);
    assertTrue(stored.startsWith("v1:"), stored);
    assertFalse(stored.contains(password));
    assertEquals(password, Database.decryptSecret(stored));

    Api.Reply kept = admin.put("/routers/" + router, """
        {"name":"%s","managementHost":"127.0.0.2","netconfUser":"ccpe","servicesPic":"ms-1/0/0"}""".formatted(name));
    assertEquals(200, kept.status(), "secrets left out are kept: " + kept);
    assertTrue(kept.json().getBoolean("netconfPasswordSet"));
    String after = Database.column("SELECT netconf_password FROM router WHERE id = ?", router).get(0);
    assertEquals(password, Database.decryptSecret(after), "the same secret, freshly encrypted");
  }

  @Test
  void storesPasswordsAsSaltedPbkdf2Hashes() {
    String username = Api.unique("noc");
    assertEquals(201, admin.post("/users", """
        {"username":"%s","role":"provider-operator","password":"%s"}""".formatted(username, STRONG)).status());
    String hash = Database.column("SELECT password_hash FROM app_user WHERE username = ?", username).get(0);
    assertTrue(hash.startsWith("pbkdf2-sha256$"), hash);
    assertFalse(hash.contains(STRONG));
  }

  @Test
  void refusesWeakPasswords() {
    Api.Reply reply = admin.post("/users", """
        {"username":"%s","role":"provider-operator","password":"short"}""".formatted(Api.unique("weak")));
    assertEquals(422, reply.status());
    assertEquals(List.of("password"), reply.errorFields());
  }

  @Test
  void locksAnAccountAfterRepeatedFailuresEvenForTheRightPassword() {
    String username = Api.unique("victim");
    admin.post("/users", """
        {"username":"%s","role":"provider-readonly","password":"%s"}""".formatted(username, STRONG));
    assertEquals(200, Api.as(username, STRONG).get("/me").status());

    for (int i = 0; i < 5; i++) {
      assertEquals(401, Api.as(username, "guess-" + i).get("/me").status());
    }
    assertEquals(401, Api.as(username, STRONG).get("/me").status(), "locked");
    assertTrue(admin.get("/audit?entityType=user&actor=" + username).body().contains("login_failed"));

    long id = admin.get("/users?username=" + username).results().getJsonObject(0).getJsonNumber("id").longValue();
    String fresh = admin.post("/users/" + id + "/password-reset", null).json().getString("password");
    assertEquals(200, Api.as(username, fresh).get("/me").status(), "a reset unlocks");
  }

  private Api user(String role) {
    String username = Api.unique(role.replace("provider-", ""));
    Api.Reply created = admin.post("/users", """
        {"username":"%s","role":"%s","password":"%s"}""".formatted(username, role, STRONG));
    assertEquals(201, created.status(), created::toString);
    return Api.as(username, STRONG);
  }
}
