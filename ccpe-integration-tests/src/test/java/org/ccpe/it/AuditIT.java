package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every change leaves who, when, what, from where, before and after; refused changes leave nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {
  private final Api admin = Api.asAdmin();

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @Test
  void recordsCreateUpdateAndDeleteWithStatesActorAndChannel() {
    String name = Api.unique("audited");
    long id = Fixtures.customerId(Fixtures.customer(admin, name));
    admin.put("/customers/" + id, "{\"name\":\"" + name + "\",\"displayName\":\"Renamed\"}");
    admin.delete("/customers/" + id);

    JsonArray entries = admin.get("/audit?entityType=customer&entityId=" + id).results();
    assertEquals(3, entries.size(), entries::toString);
    JsonObject delete = entries.getJsonObject(0);
    JsonObject update = entries.getJsonObject(1);
    JsonObject create = entries.getJsonObject(2);

    assertEquals("create", create.getString("action"));
    assertEquals("admin", create.getString("actor"));
    assertEquals("api", create.getString("channel"));
    assertTrue(create.isNull("before"));
    assertEquals(name, create.getJsonObject("after").getString("name"));

    assertEquals("update", update.getString("action"));
    assertEquals("Customer " + name, update.getJsonObject("before").getString("displayName"));
    assertEquals("Renamed", update.getJsonObject("after").getString("displayName"));

    assertEquals("delete", delete.getString("action"));
    assertEquals("Renamed", delete.getJsonObject("before").getString("displayName"));
    assertTrue(delete.isNull("after"));
    assertTrue(delete.getString("occurredAt").compareTo(create.getString("occurredAt")) >= 0);
  }

  @Test
  void recordsTheCustomersAdministratorCreatedWithIt() {
    String name = Api.unique("withadmin");
    Fixtures.customer(admin, name);
    String body = admin.get("/audit?entityType=user&limit=200").body();
    assertTrue(body.contains("admin@" + name), body);
  }

  @Test
  void leavesNoEntryForARefusedChange() {
    String taken = existing();
    long before = admin.get("/audit?limit=1").json().getJsonNumber("count").longValue();
    assertEquals(422, admin.post("/customers", "{\"name\":\"bad name\"}").status());
    assertEquals(409, admin.post("/customers", "{\"name\":\"" + taken + "\"}").status());
    long after = admin.get("/audit?limit=1").json().getJsonNumber("count").longValue();
    assertEquals(before, after);
  }

  @Test
  void filtersByChannelAndRefusesUnknownOnes() {
    Fixtures.customer(admin, Api.unique("chan"));
    JsonObject api = admin.get("/audit?channel=api&limit=5").json();
    assertTrue(api.getInt("count") > 0);
    api.getJsonArray("results").forEach(e -> assertEquals("api", e.asJsonObject().getString("channel")));
    Api.Reply bad = admin.get("/audit?channel=carrier-pigeon");
    assertEquals(422, bad.status());
    assertEquals(java.util.List.of("channel"), bad.errorFields());
  }

  private String existing() {
    String name = Api.unique("exists");
    Fixtures.customer(admin, name);
    return name;
  }
}
