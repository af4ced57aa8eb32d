package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inventory API end to end: every status it promises, and that a refused request changes nothing. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryApiIT {
  private final Api admin = Api.asAdmin();
  private long router;
  private String customerName;
  private long customer;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void inventory() {
    router = Fixtures.router(admin, Api.unique("mx"));
    customerName = Api.unique("acme");
    customer = Fixtures.customerId(Fixtures.customer(admin, customerName));
  }

  @Test
  void createsCustomerWithItsAdministratorAndShowsThePasswordOnce() {
    String name = Api.unique("Globex_Corp,EU");
    Api.Reply created = Fixtures.customer(admin, name);

    JsonObject body = created.json();
    assertEquals(name.toLowerCase(), body.getJsonObject("customer").getString("name"), "stored lower case");
    assertEquals("admin@" + name.toLowerCase(), body.getJsonObject("initialAdmin").getString("username"));
    String password = body.getJsonObject("initialAdmin").getString("password");
    assertTrue(password.length() >= 12, password);
    assertNotNull(created.header("Location"));
    assertEquals("\"0\"", created.header("ETag"));

    long id = Fixtures.customerId(created);
    String again = admin.get("/customers/" + id).body();
    assertFalse(again.contains(password), "the initial password is never shown again");
    assertEquals(200, Api.as("admin@" + name.toLowerCase(), password).get("/me").status(), "the new admin can log in");
  }

  @Test
  void createsSiteWithDerivedRoutingInstanceAndAccessLink() {
    long site = Fixtures.site(admin, customer, router, "Paris HQ", "10.1.2.1/24");
    JsonObject siteJson = admin.get("/sites/" + site).json();
    assertEquals(customerName + "_Paris-HQ", siteJson.getString("routingInstance"));
    assertEquals("10.1.2.1/24", siteJson.getString("lanGateway"));

    Api.Reply link = Fixtures.link(admin, site, "ge-1/0/3.210", 210);
    assertEquals(201, link.status(), link::toString);
    JsonObject linkJson = link.json();
    assertEquals("ge-1/0/3", linkJson.getString("physicalPort"));
    assertEquals(210, linkJson.getInt("unit"));
    assertEquals(router, linkJson.getJsonNumber("routerId").longValue(), "defaults to the site's router");
    assertEquals(1, admin.get("/sites/" + site + "/access-links").json().getInt("count"));
  }

  @Test
  void refusesInvalidFieldsWith422NamingEachAndStoresNothing() {
    Api.Reply reply = admin.post("/customers/" + customer + "/sites", """
        {"name":"","routerId":999999999,"lanGateway":"10.1.2.0/24","contactEmail":"not-an-email"}""");

    assertEquals(422, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"));
    assertTrue(reply.errorFields().containsAll(java.util.List.of("name", "routerId", "lanGateway", "contactEmail")),
        reply::toString);
    assertEquals(0, admin.get("/customers/" + customer + "/sites").json().getInt("count"));
  }

  @Test
  void storesRouteDistinguisherAndTargetTogetherOrNeither() {
    Api.Reply half = admin.post("/customers/" + customer + "/sites",
        "{\"name\":\"vpn\",\"routerId\":" + router + ",\"lanGateway\":\"10.50.0.1/24\",\"routeDistinguisher\":\"65000:7\"}");
    assertEquals(422, half.status(), half::toString);
    assertEquals(java.util.List.of("vrfTarget"), half.errorFields());

    Api.Reply bad = admin.post("/customers/" + customer + "/sites", "{\"name\":\"vpn\",\"routerId\":" + router
        + ",\"lanGateway\":\"10.50.0.1/24\",\"routeDistinguisher\":\"x:y\",\"vrfTarget\":\"65000:7\"}");
    assertEquals(java.util.List.of("routeDistinguisher", "vrfTarget"), bad.errorFields());

    Api.Reply both = admin.post("/customers/" + customer + "/sites", "{\"name\":\"vpn\",\"routerId\":" + router
        + ",\"lanGateway\":\"10.50.0.1/24\",\"routeDistinguisher\":\"65000:7\",\"vrfTarget\":\"target:65000:7\"}");
    assertEquals(201, both.status(), both::toString);
    assertEquals("target:65000:7", both.json().getString("vrfTarget"));
  }

  @Test
  void refusesBadCustomerNames() {
    for (String bad : new String[] {"has space", "semi;colon", "", "x".repeat(65)}) {
      Api.Reply reply = admin.post("/customers", "{\"name\":\"" + bad + "\"}");
      assertEquals(422, reply.status(), bad + " -> " + reply);
      assertEquals(java.util.List.of("name"), reply.errorFields());
    }
  }

  @Test
  void answers400ToMalformedJson() {
    Api.Reply reply = admin.post("/routers", "{\"name\": ");
    assertEquals(400, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"));
    assertEquals(400, admin.post("/routers", "{\"netconfPort\": \"not a number\"}").status());
  }

  @Test
  void answers404ForMissingThings() {
    assertEquals(404, admin.get("/customers/987654321").status());
    assertEquals(404, admin.get("/sites/987654321").status());
    assertEquals(404, admin.get("/access-links/987654321").status());
    assertEquals(404, admin.get("/routers/987654321").status());
    assertEquals(404, admin.post("/customers/987654321/sites", "{\"name\":\"x\"}").status());
  }

  @Test
  void answers409ForDuplicatesAndVlanClashes() {
    assertEquals(409, admin.post("/customers", "{\"name\":\"" + customerName.toUpperCase() + "\"}").status(),
        "names are unique whatever the case");
    long site = Fixtures.site(admin, customer, router, "hq", "10.20.0.1/16");
    assertEquals(409, admin.post("/customers/" + customer + "/sites",
        "{\"name\":\"HQ\",\"routerId\":" + router + ",\"lanGateway\":\"10.30.0.1/24\"}").status(), "site name");

    Api.Reply overlap = admin.post("/customers/" + customer + "/sites",
        "{\"name\":\"branch\",\"routerId\":" + router + ",\"lanGateway\":\"10.20.5.1/24\"}");
    assertEquals(409, overlap.status(), overlap::toString);
    assertEquals(java.util.List.of("lanGateway"), overlap.errorFields());

    assertEquals(201, Fixtures.link(admin, site, "xe-0/0/1.100", 100).status());
    Api.Reply vlanClash = Fixtures.link(admin, site, "xe-0/0/1.101", 100);
    assertEquals(409, vlanClash.status(), vlanClash::toString);
    assertEquals(java.util.List.of("vlanId"), vlanClash.errorFields());
    assertEquals(201, Fixtures.link(admin, site, "xe-0/0/2.100", 100).status(), "same VLAN on another port is fine");
    assertEquals(409, Fixtures.link(admin, site, "xe-0/0/1.100", 300).status(), "the same unit twice");
  }

  @Test
  void refusesToDeleteCustomerWithSitesUnlessCascaded() {
    long site = Fixtures.site(admin, customer, router, "hq", "192.168.10.1/24");
    long link = Fixtures.link(admin, site, "ae0.10", 10).id();

    assertEquals(409, admin.delete("/customers/" + customer).status());
    assertEquals(200, admin.get("/sites/" + site).status(), "nothing deleted");

    assertEquals(204, admin.delete("/customers/" + customer + "?cascade=true").status());
    assertEquals(404, admin.get("/customers/" + customer).status());
    assertEquals(404, admin.get("/sites/" + site).status());
    assertEquals(404, admin.get("/access-links/" + link).status());
    assertEquals(0, admin.get("/users?username=admin@" + customerName).json().getInt("count"),
        "its users went with it");
  }

  @Test
  void refusesToDeleteRouterInUse() {
    Fixtures.site(admin, customer, router, "hq", "172.16.0.1/24");
    assertEquals(409, admin.delete("/routers/" + router).status());
    long unused = Fixtures.router(admin, Api.unique("spare"));
    assertEquals(204, admin.delete("/routers/" + unused).status());
  }

  @Test
  void refusesAStaleIfMatchWith412AndKeepsTheNewerVersion() {
    Api.Reply current = admin.get("/customers/" + customer);
    assertEquals("\"0\"", current.header("ETag"));
    String update = "{\"name\":\"" + customerName + "\",\"displayName\":\"First\"}";
    Api.Reply first = admin.put("/customers/" + customer, update, Map.of("If-Match", "\"0\""));
    assertEquals(200, first.status(), first::toString);
    assertEquals("\"1\"", first.header("ETag"));

    Api.Reply stale = admin.put("/customers/" + customer,
        "{\"name\":\"" + customerName + "\",\"displayName\":\"Second\"}", Map.of("If-Match", "\"0\""));
    assertEquals(412, stale.status(), stale::toString);
    assertEquals("First", admin.get("/customers/" + customer).json().getString("displayName"));
    assertEquals(412, admin.delete("/customers/" + customer, Map.of("If-Match", "\"0\"")).status());
  }

  @Test
  void refusesToRenameCustomer() {
    Api.Reply reply = admin.put("/customers/" + customer, "{\"name\":\"renamed\"}");
    assertEquals(422, reply.status());
    assertEquals(java.util.List.of("name"), reply.errorFields());
  }

  @Test
  void refusesBodiesOverOneMebibyteWith413() {
    String huge = "{\"name\":\"x\",\"description\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
    Api.Reply reply = admin.post("/routers", huge);
    assertEquals(413, reply.status());
  }

  @Test
  void pagesAndFiltersLists() {
    String stem = Api.unique("paged");
    for (int i = 0; i < 7; i++) {
      Fixtures.customer(admin, stem + "-" + i);
    }
    JsonObject first = admin.get("/customers?name=" + stem + "&limit=3").json();
    assertEquals(7, first.getInt("count"));
    assertEquals(3, first.getJsonArray("results").size());
    assertTrue(first.getString("next").contains("offset=3"), first::toString);
    assertTrue(first.isNull("previous"));

    JsonObject last = admin.get("/customers?name=" + stem + "&limit=3&offset=6").json();
    assertEquals(1, last.getJsonArray("results").size());
    assertTrue(last.isNull("next"));
    assertEquals(stem + "-6", last.getJsonArray("results").getJsonObject(0).getString("name"));

    assertEquals(422, admin.get("/customers?limit=1001").status());
    assertEquals(422, admin.get("/customers?offset=-1").status());
    long site = Fixtures.site(admin, customer, router, "filtered", "10.77.0.1/24");
    JsonObject byRouter = admin.get("/sites?router=" + router + "&limit=5").json();
    assertEquals(1, byRouter.getInt("count"));
    assertEquals(site, byRouter.getJsonArray("results").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(0, admin.get("/sites?router=" + router + "&name=nothing-like-it").json().getInt("count"));
  }

  @Test
  void updatesAccessLinkAndMovesItsVlan() {
    long site = Fixtures.site(admin, customer, router, "hq", "10.9.9.1/24");
    Api.Reply link = Fixtures.link(admin, site, "et-2/0/0.5", 5);
    long id = link.id();
    Api.Reply moved = admin.put("/access-links/" + id,
        "{\"interfaceName\":\"et-2/0/0.6\",\"vlanId\":6,\"role\":\"internet\",\"externalId\":\"" + Api.unique("ext") + "\"}",
        Map.of("If-Match", link.header("ETag")));
    assertEquals(200, moved.status(), moved::toString);
    assertEquals("internet", moved.json().getString("role"));
    assertEquals(6, moved.json().getInt("vlanId"));
    assertTrue(moved.json().isNull("name"), "PUT replaces: a field left out is cleared");
  }
}
