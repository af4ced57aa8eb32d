package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccpe.simulator.snmp.OperStatus;
import org.ccpe.simulator.snmp.SimulatedInterface;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Monitoring as customers see it: two customers on one router whose SNMP agent (in this JVM, on a
 * loopback port) the server polls every second. Each customer's users read their own sites'
 * status, links' statistics and alarms through the API and the portal, another customer's are
 * not found, and switching the Status and Traffic History tasks off refuses them with 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalMonitoringIT {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final Api ADMIN = Api.asAdmin();

  private static SimulatedSnmpAgent agent;
  private static SimulatedInterface busy;
  private static Tenant mine;
  private static Tenant theirs;

  /** A customer with one site and one access link, and its administrator's API client. */
  record Tenant(long customer, long site, long link, String name, String password, Api admin) {}

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeAll
  static void twoCustomersOnAPolledRouter() throws Exception {
    agent = SimulatedSnmpAgent.builder().community("public").addInterface("ge-0/0/3", 0, 1000)
        .addInterface("ge-0/0/3.301", 0, 1000).addInterface("ge-0/0/3.302", 0, 1000)
        .trapTarget("127.0.0.1", Integer.getInteger("ccpe.it.trap-port", 10362), "public")
        .start();
    busy = agent.interfaceNamed("ge-0/0/3.301").traffic(40e6, 10e6);
    agent.interfaceNamed("ge-0/0/3.302").traffic(2e6, 1e6);
    Api.Reply router = ADMIN.post("/routers", """
        {"name":"%s","managementHost":"127.0.0.1","netconfPort":1,"netconfUser":"ccpe","netconfPassword":"Unused-1",
         "snmpPort":%d,"snmpCommunity":"public","servicesPic":"ms-1/0/0"}""".formatted(Api.unique("mx-pmon"),
        agent.port()));
    assertEquals(201, router.status(), router::toString);
    Api.Reply settings = ADMIN.put("/routers/" + router.id() + "/monitoring",
        "{\"pollIntervalSeconds\":1,\"timeoutMs\":300,\"retries\":0}");
    assertEquals(200, settings.status(), settings::toString);
    mine = tenant(router.id(), 301);
    theirs = tenant(router.id(), 302);
  }

  private static Tenant tenant(long router, int vlan) {
    String name = Api.unique("pmon");
    Api.Reply created = Fixtures.customer(ADMIN, name);
    long customer = Fixtures.customerId(created);
    String password = created.json().getJsonObject("initialAdmin").getString("password");
    long site = Fixtures.site(ADMIN, customer, router, "Branch " + vlan, "10." + (vlan - 200) + ".0.1/24");
    Api.Reply link = Fixtures.link(ADMIN, site, "ge-0/0/3." + vlan, vlan);
    assertEquals(201, link.status(), link::toString);
    return new Tenant(customer, site, link.id(), name, password, Api.as("admin@" + name, password));
  }

  @AfterAll
  static void stopAgent() {
    if (agent != null) {
      agent.close();
    }
  }

  @Test
  void eachCustomerReadsItsOwnStatusTrafficAndAlarmsAndFindsNoneOfTheOthers() {
    Api api = mine.admin();
    JsonObject status = Fixtures.await("my site up", PATIENCE, () -> api.get("/sites/" + mine.site() + "/status")
        .json(), s -> s.getString("status").equals("up"));
    JsonObject link = status.getJsonArray("accessLinks").getJsonObject(0);
    assertFalse(link.containsKey("ifIndex"), "the router's ifIndex is the provider's: " + link);
    assertTrue(ADMIN.get("/sites/" + mine.site() + "/status").json().getJsonArray("accessLinks").getJsonObject(0)
        .containsKey("ifIndex"), "the provider still sees it");

    String recent = "/statistics?from=" + Instant.now().minusSeconds(300) + "&step=raw";
    JsonObject statistics = Fixtures.await("traffic", PATIENCE,
        () -> api.get("/access-links/" + mine.link() + recent).json(),
        s -> s.getJsonArray("points").stream()
            .anyMatch(p -> p.asJsonObject().getJsonNumber("inBps").doubleValue() > 1e6));
    assertEquals(mine.link(), statistics.getJsonNumber("accessLinkId").longValue());

    busy.setOperStatus(OperStatus.DOWN); // a linkDown trap to the server
    JsonObject alarm = Fixtures.await("my link-down alarm", PATIENCE, () -> api.get("/alarms?state=active").json(),
        page -> page.getJsonArray("results").size() == 1).getJsonArray("results").getJsonObject(0);
    assertEquals("access_link_down", alarm.getString("cause"));
    assertEquals(mine.link(), alarm.getJsonNumber("accessLinkId").longValue());
    for (String field : List.of("routerId", "subject", "detail", "acknowledgedBy", "clearedBy")) {
      assertFalse(alarm.containsKey(field), "a customer's alarm shows " + field + ": " + alarm);
    }
    long id = alarm.getJsonNumber("id").longValue();
    assertEquals(200, api.get("/alarms/" + id).status());
    assertEquals(403, api.post("/alarms/" + id + "/acknowledge", "").status(), "acknowledging is the provider's");

    Api other = theirs.admin();
    for (String path : List.of("/sites/" + mine.site() + "/status", "/access-links/" + mine.link() + "/statistics",
        "/alarms/" + id)) {
      assertEquals(404, other.get(path).status(), path);
    }
    assertEquals(0, other.get("/alarms?customer=" + mine.customer()).results().size(), "asking for mine finds none");
    assertEquals(0, other.get("/alarms?site=" + mine.site()).results().size());
    assertEquals(200, other.get("/sites/" + theirs.site() + "/status").status(), "its own site");
    busy.setOperStatus(OperStatus.UP);
  }

  @Test
  void switchingStatusAndHistoryOffRefusesThemWith403() {
    Api api = mine.admin();
    Fixtures.taskOverrides(ADMIN, mine.customer(), "\"status\":false,\"history\":false");
    try {
      assertEquals(403, api.get("/sites/" + mine.site() + "/status").status());
      assertEquals(403, api.get("/alarms").status());
      assertEquals(403, api.get("/access-links/" + mine.link() + "/statistics").status());
      assertEquals(200, theirs.admin().get("/sites/" + theirs.site() + "/status").status(),
          "the other customer keeps the task");
      assertEquals(200, ADMIN.get("/sites/" + mine.site() + "/status").status(), "the provider is not bound by it");
    } finally {
      Fixtures.taskOverrides(ADMIN, mine.customer(), "");
    }
    assertEquals(200, api.get("/sites/" + mine.site() + "/status").status(), "on again");
  }

  @Test
  void thePortalShowsStatusTrafficAndTheDashboardsWidgets() {
    Api api = mine.admin();
    Fixtures.await("a rate", PATIENCE, () -> api.get("/sites/" + mine.site() + "/status").json(),
        s -> s.getJsonArray("accessLinks").getJsonObject(0).get("utilisationPercent") != JsonValue.NULL);
    try (ConsoleBrowser browser = new ConsoleBrowser(Api.baseUrl(),
        Paths.get("target", "chromium-profiles", Api.unique("pmon")))) {
      browser.logIn("admin@" + mine.name(), mine.password());
      browser.until(d -> !d.findElements(By.id("siteStatuses")).isEmpty());
      assertTrue(browser.pageSource().contains("ge-0/0/3.301"), "the busiest links widget lists my link");
      assertFalse(browser.pageSource().contains("ge-0/0/3.302"), "never the other customer's");
      browser.screenshot(ConsoleBrowser.screenshotDirectory(), "portal-dashboard-monitoring.png");

      browser.openPortalTask("status", "Status");
      assertTrue(browser.row("status:sites", "Branch 301").getText().contains("ge-0/0/3.301"));
      assertFalse(browser.pageSource().contains("Branch 302"), "never the other customer's site");
      browser.screenshot(ConsoleBrowser.screenshotDirectory(), "portal-status.png");

      browser.openPortalTask("history", "Traffic History");
      browser.until(d -> d.findElements(By.tagName("canvas")).size() == 1);
      browser.screenshot(ConsoleBrowser.screenshotDirectory(), "portal-history.png");
    }
  }
}
