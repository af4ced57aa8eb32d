package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two customers side by side: each customer user reaches its own customer's data through the API
 * and nothing of the other's — every other customer's id is "not found", whatever the entity type
 * — and never the provider's fields; portal tasks switched off refuse their changes with 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {
  private static final Api ADMIN = Api.asAdmin();
  /** Fields only the provider sees, in any answer to a customer user. */
  private static final Set<String> PROVIDER_FIELDS = Set.of("accountNumber", "externalId", "routerId",
      "routerName", "routeDistinguisher", "vrfTarget", "diff", "driftDiff", "errorPath", "source");

  private static Tenant mine;
  private static Tenant theirs;

  /** One customer with a site, an access link and a job, and its administrator's API client. */
  record Tenant(long customer, long site, long link, long job, Api admin, String name) {}

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeAll
  static void twoCustomers() {
    long router = Fixtures.router(ADMIN, Api.unique("mx-tenant"));
    mine = tenant(router, 101);
    theirs = tenant(router, 102);
  }

  private static Tenant tenant(long router, int vlan) {
    String name = Api.unique("tenant");
    Api.Reply created = Fixtures.customer(ADMIN, name);
    long customer = Fixtures.customerId(created);
    String password = created.json().getJsonObject("initialAdmin").getString("password");
    long site = Fixtures.site(ADMIN, customer, router, "HQ", "10." + vlan + ".0.1/24");
    Api.Reply link = Fixtures.link(ADMIN, site, "ge-0/0/1." + vlan, vlan);
    assertEquals(201, link.status(), link::toString);
    Api.Reply change = ADMIN.put("/sites/" + site + "/services/static-routes",
        "[{\"destination\":\"192.168." + vlan + ".0/24\",\"nextHop\":\"10." + vlan + ".0.254\"}]");
    assertEquals(202, change.status(), change::toString);
    long job = change.json().getJsonObject("job").getJsonNumber("id").longValue();
    return new Tenant(customer, site, link.id(), job, Api.as("admin@" + name, password), name);
  }

  @Test
  void seesOnlyItsOwnCustomerInEveryList() {
    assertEquals(List.of(mine.customer()), ids(mine.admin().get("/customers")));
    assertEquals(List.of(mine.site()), ids(mine.admin().get("/sites")));
    assertEquals(List.of(), ids(mine.admin().get("/sites?customer=" + theirs.customer())),
        "asking for another customer's sites finds none");
    assertEquals(List.of(mine.link()), ids(mine.admin().get("/access-links")));
    assertEquals(List.of(mine.link()), ids(mine.admin().get("/sites/" + mine.site() + "/access-links")));
    assertEquals(List.of(mine.job()), ids(mine.admin().get("/jobs")));
    assertEquals(List.of(), ids(mine.admin().get("/jobs?customer=" + theirs.customer())));
  }

  @Test
  void answersNotFoundForEveryIdOfAnotherCustomer() {
    Api api = mine.admin();
    for (String path : List.of("/customers/" + theirs.customer(), "/customers/" + theirs.customer() + "/sites",
        "/sites/" + theirs.site(), "/sites/" + theirs.site() + "/access-links",
        "/sites/" + theirs.site() + "/services", "/sites/" + theirs.site() + "/services/static-routes",
        "/access-links/" + theirs.link(), "/jobs/" + theirs.job())) {
      assertEquals(404, api.get(path).status(), path);
    }
    assertEquals(404, api.put("/customers/" + theirs.customer(), "{\"displayName\":\"Pwned\"}").status());
    assertEquals(404, api.put("/sites/" + theirs.site(), "{\"name\":\"Pwned\"}").status());
    assertEquals(404, api.put("/access-links/" + theirs.link(), "{\"name\":\"pwned\"}").status());
    assertEquals(404, api.put("/sites/" + theirs.site() + "/services/static-routes", "[]").status());
    assertEquals("Customer " + theirs.name(),
        ADMIN.get("/customers/" + theirs.customer()).json().getString("displayName"), "untouched");
    assertEquals("HQ", ADMIN.get("/sites/" + theirs.site()).json().getString("name"), "untouched");
  }

  @Test
  void neverShowsTheProvidersFields() {
    Api api = mine.admin();
    for (String path : List.of("/customers/" + mine.customer(), "/sites/" + mine.site(),
        "/access-links/" + mine.link(), "/jobs/" + mine.job(), "/sites/" + mine.site() + "/services")) {
      Api.Reply reply = api.get(path);
      assertEquals(200, reply.status(), path);
      assertProviderFieldsAbsent(reply.json(), path);
    }
    for (String path : List.of("/customers", "/sites", "/access-links", "/jobs")) {
      api.get(path).results().forEach(item -> assertProviderFieldsAbsent(item.asJsonObject(), path));
    }
    assertTrue(ADMIN.get("/customers/" + mine.customer()).json().containsKey("accountNumber"),
        "the provider still sees it");
  }

  @Test
  void refusesTheProvidersEndpoints() {
    Api api = mine.admin();
    for (String path : List.of("/routers", "/audit", "/users", "/settings/portal-tasks", "/import-candidates")) {
      assertEquals(403, api.get(path).status(), path);
    }
    assertEquals(403, api.post("/customers", "{\"name\":\"" + Api.unique("evil") + "\"}").status());
    assertEquals(403, api.post("/customers/" + mine.customer() + "/sites", "{\"name\":\"x\"}").status());
    assertEquals(403, api.delete("/sites/" + mine.site()).status());
    assertEquals(403, api.post("/sites/" + mine.site() + "/repush", "{}").status());
    assertEquals(403, api.put("/sites/" + mine.site() + "/services/snmp", "{\"clients\":[\"10.0.0.0/8\"]}").status(),
        "SNMP is the provider's section");
  }

  @Test
  void letsTheCustomerAdministratorKeepItsContactAndNamesUpToDate() {
    Api api = mine.admin();
    Api.Reply changed = api.put("/customers/" + mine.customer(),
        "{\"displayName\":\"Mine & Co\",\"contactName\":\"Grace\",\"contactEmail\":\"grace@example.com\"}");
    assertEquals(200, changed.status(), changed::toString);
    assertEquals("Grace", changed.json().getString("contactName"));
    assertEquals("ACC-" + mine.name(), ADMIN.get("/customers/" + mine.customer()).json().getString("accountNumber"),
        "the account number stays");
    Api.Reply site = api.put("/sites/" + mine.site(), "{\"name\":\"Head office\",\"contactName\":\"Linus\"}");
    assertEquals(200, site.status(), site::toString);
    assertEquals(ADMIN.get("/sites/" + mine.site()).json().getString("routingInstance"),
        site.json().getString("routingInstance"), "the routing instance stays");
    Api.Reply link = api.put("/access-links/" + mine.link(), "{\"name\":\"fibre\",\"description\":\"main line\"}");
    assertEquals(200, link.status(), link::toString);
    assertEquals("ge-0/0/1.101", link.json().getString("interfaceName"));

    JsonObject audit = ADMIN.get("/audit?entityType=customer&entityId=" + mine.customer() + "&limit=1")
        .results().getJsonObject(0);
    assertEquals("admin@" + mine.name(), audit.getString("actor"));
    assertEquals("api", audit.getString("channel"));
  }

  @Test
  void refusesWhatASwitchedOffTaskWouldChange() {
    Api api = mine.admin();
    JsonObject read = ADMIN.get("/settings/portal-tasks?customer=" + mine.customer()).json();
    Api.Reply off = ADMIN.put("/settings/portal-tasks", """
        {"version":%d,"global":{},"customerId":%d,"overrides":{"contact-info":false,"static-routes":false}}"""
        .formatted(read.getJsonNumber("version").longValue(), mine.customer()));
    assertEquals(200, off.status(), off::toString);
    try {
      Api.Reply contact = api.put("/customers/" + mine.customer(), "{\"contactName\":\"Mallory\"}");
      assertEquals(403, contact.status(), contact::toString);
      Api.Reply routes = api.put("/sites/" + mine.site() + "/services/static-routes", "[]");
      assertEquals(403, routes.status(), routes::toString);
      assertEquals(200, theirs.admin().put("/customers/" + theirs.customer(), "{\"contactName\":\"Ada\"}").status(),
          "the other customer keeps the task");
      assertEquals(200, api.get("/sites/" + mine.site() + "/services").status(), "reading stays allowed");
    } finally {
      JsonObject now = ADMIN.get("/settings/portal-tasks?customer=" + mine.customer()).json();
      assertEquals(200, ADMIN.put("/settings/portal-tasks", """
          {"version":%d,"global":{},"customerId":%d,"overrides":{}}"""
          .formatted(now.getJsonNumber("version").longValue(), mine.customer())).status());
    }
    assertEquals(200, api.put("/customers/" + mine.customer(), "{\"contactName\":\"Mallory\"}").status(),
        "on again");
  }

  @Test
  void tellsTheSecondOfTwoAdministratorsThatTheFirstSavedFirst() {
    long version = ADMIN.get("/settings/portal-tasks").json().getJsonNumber("version").longValue();
    String body = "{\"version\":" + version + ",\"global\":{}}";
    assertEquals(200, ADMIN.put("/settings/portal-tasks", body).status());
    Api.Reply second = ADMIN.put("/settings/portal-tasks", body);
    assertEquals(412, second.status(), second::toString);
    assertTrue(second.json().getString("detail").contains("another administrator saved"), second::toString);
    JsonObject audited = ADMIN.get("/audit?entityType=application-settings&limit=1").results().getJsonObject(0);
    assertEquals("admin", audited.getString("actor"), "the save that went through is audited");
  }

  @Test
  void letsACustomerMonitorLookButChangeNothing() {
    Api.Reply created = ADMIN.post("/users", """
        {"username":"watcher","role":"customer-monitor","customerId":%d}""".formatted(mine.customer()));
    assertEquals(201, created.status(), created::toString);
    Api monitor = Api.as("watcher@" + mine.name(), created.json().getString("initialPassword"));
    assertEquals(200, monitor.get("/sites/" + mine.site()).status());
    assertEquals(404, monitor.get("/sites/" + theirs.site()).status());
    assertEquals(403, monitor.put("/customers/" + mine.customer(), "{\"contactName\":\"Eve\"}").status());
    assertEquals(403, monitor.put("/sites/" + mine.site() + "/services/static-routes", "[]").status());
  }

  private static void assertProviderFieldsAbsent(JsonObject json, String where) {
    for (String field : PROVIDER_FIELDS) {
      assertFalse(json.containsKey(field), where + " shows " + field + ": " + json);
    }
  }

  private static List<Long> ids(Api.Reply reply) {
    assertEquals(200, reply.status(), reply::toString);
    return reply.results().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }
}
