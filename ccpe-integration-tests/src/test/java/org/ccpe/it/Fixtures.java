package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Inventory the tests build on, created through the API with unique names. */
public final class Fixtures {
  private Fixtures() {}

  public static long router(Api api, String name) {
    Api.Reply reply = api.post("/routers", """
        {"name":"%s","managementHost":"127.0.0.1","netconfPort":830,"netconfUser":"ccpe",
         "netconfPassword":"NetconfSecret-%s","snmpCommunity":"community-%s","servicesPic":"ms-1/0/0",
         "model":"mx480"}""".formatted(name, name, name));
    assertEquals(201, reply.status(), reply::toString);
    return reply.id();
  }

  /** The login every simulated router of the tests accepts. */
  public static final String SIMULATOR_USER = "ccpe";
  public static final String SIMULATOR_PASSWORD = "Lab-Passw0rd";

  /** Registers a simulated MX router of this JVM as a router of the server, by its loopback port. */
  public static long router(Api api, org.ccpe.simulator.SimulatedRouter mx) {
    Api.Reply created = api.post("/routers", """
        {"name":"%s","managementHost":"127.0.0.1","netconfPort":%d,"netconfUser":"%s","netconfPassword":"%s",
         "snmpCommunity":"public","servicesPic":"ms-1/0/0"}""".formatted(mx.name(), mx.port(), SIMULATOR_USER,
        SIMULATOR_PASSWORD));
    assertEquals(201, created.status(), created::toString);
    return created.id();
  }

  /** Creates a customer and returns the creation answer (customer and initial admin login). */
  public static Api.Reply customer(Api api, String name) {
    Api.Reply reply = api.post("/customers", """
        {"name":"%s","displayName":"Customer %s","accountNumber":"ACC-%s","contactName":"Ada",
         "contactEmail":"ada@example.com"}""".formatted(name, name, name));
    assertEquals(201, reply.status(), reply::toString);
    return reply;
  }

  public static long customerId(Api.Reply created) {
    return created.json().getJsonObject("customer").getJsonNumber("id").longValue();
  }

  public static long site(Api api, long customerId, long routerId, String name, String lanGateway) {
    Api.Reply reply = api.post("/customers/" + customerId + "/sites", """
        {"name":"%s","routerId":%d,"lanGateway":"%s","contactEmail":"site@example.com"}"""
        .formatted(name, routerId, lanGateway));
    assertEquals(201, reply.status(), reply::toString);
    return reply.id();
  }

  public static Api.Reply link(Api api, long siteId, String interfaceName, int vlan) {
    return api.post("/sites/" + siteId + "/access-links", """
        {"interfaceName":"%s","vlanId":%d,"role":"vpn","name":"uplink"}""".formatted(interfaceName, vlan));
  }

  /**
   * Reads {@code read} until {@code done} holds, every 200 ms, at most {@code patience}; the last
   * read otherwise fails the test.
   */
  public static JsonObject await(String what, Duration patience, Supplier<JsonObject> read,
      Predicate<JsonObject> done) {
    Instant deadline = Instant.now().plus(patience);
    JsonObject last = null;
    while (Instant.now().isBefore(deadline)) {
      last = read.get();
      if (done.test(last)) {
        return last;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(what + " did not get there in " + patience + ": " + last);
  }

  /** Pushes a site's stored services (none yet: an empty context) and waits until its router committed them. */
  public static void provisioned(Api api, long siteId) {
    Api.Reply change = api.post("/sites/" + siteId + "/repush", "");
    assertEquals(202, change.status(), change::toString);
    long job = change.json().getJsonObject("job").getJsonNumber("id").longValue();
    await("job " + job, Duration.ofSeconds(40), () -> api.get("/jobs/" + job).json(),
        j -> "committed".equals(j.getString("state")));
  }

  /**
   * Sets a customer's portal-task overrides, e.g. {@code "status":false} (empty: as for all
   * customers), against the settings' current version.
   */
  public static void taskOverrides(Api admin, long customerId, String overrides) {
    JsonObject read = admin.get("/settings/portal-tasks?customer=" + customerId).json();
    Api.Reply saved = admin.put("/settings/portal-tasks", """
        {"version":%d,"global":{},"customerId":%d,"overrides":{%s}}"""
        .formatted(read.getJsonNumber("version").longValue(), customerId, overrides));
    assertEquals(200, saved.status(), saved::toString);
  }
}
