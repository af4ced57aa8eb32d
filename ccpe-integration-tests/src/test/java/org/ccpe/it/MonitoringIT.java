package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.ccpe.simulator.snmp.OperStatus;
import org.ccpe.simulator.snmp.SimulatedInterface;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring end to end: the server's own poll timer reads a simulated router's SNMP agent (in
 * this JVM, on a loopback port) every second, traps from the agent reach the server's trap port,
 * and what they say shows in the site's status, the link's statistics and the alarms.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringIT {
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private final Api admin = Api.asAdmin();
  private SimulatedSnmpAgent agent;
  private SimulatedInterface unit;
  private long router;
  private long site;
  private long link;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void routerWithASite() throws Exception {
    int vlan = ThreadLocalRandom.current().nextInt(100, 4000);
    String name = "ge-0/0/1." + vlan;
    agent = SimulatedSnmpAgent.builder().community("public").addInterface("ge-0/0/1", 0, 1000)
        .addInterface(name, 0, 1000)
        .trapTarget("127.0.0.1", Integer.getInteger("ccpe.it.trap-port", 10362), "public")
        .start();
    unit = agent.interfaceNamed(name).traffic(40e6, 10e6);
    Api.Reply created = admin.post("/routers", """
        {"name":"%s","managementHost":"127.0.0.1","netconfPort":1,"netconfUser":"ccpe","netconfPassword":"Unused-1",
         "snmpPort":%d,"snmpCommunity":"public","servicesPic":"ms-1/0/0"}""".formatted(Api.unique("mon"), agent.port()));
    assertEquals(201, created.status(), created::toString);
    router = created.id();
    Api.Reply settings = admin.put("/routers/" + router + "/monitoring",
        "{\"pollIntervalSeconds\":1,\"timeoutMs\":300,\"retries\":0}");
    assertEquals(200, settings.status(), settings::toString);
    long customer = Fixtures.customerId(Fixtures.customer(admin, Api.unique("mon")));
    site = Fixtures.site(admin, customer, router, "hq", "10.9.1.1/24");
    Api.Reply added = Fixtures.link(admin, site, name, vlan);
    assertEquals(201, added.status(), added::toString);
    link = added.id();
  }

  @AfterEach
  void stop() {
    agent.close();
  }

  @Test
  void pollsTheLinkUpWithTrafficThenATrapTakesItDownAndRaisesAnAlarmThatIsAcknowledgedAndCleared() {
    JsonObject status = await("site up", () -> Optional.of(admin.get("/sites/" + site + "/status").json())
        .filter(s -> s.getString("status").equals("up")));
    assertEquals(1, status.getJsonNumber("linksUp").longValue());

    JsonObject statistics = await("non-zero traffic", () -> Optional.of(admin.get("/access-links/" + link
        + "/statistics?from=" + Instant.now().minusSeconds(300) + "&step=raw").json())
        .filter(s -> s.getJsonArray("points").stream().anyMatch(p -> p.asJsonObject().getJsonNumber("inBps")
            .doubleValue() > 1e6)));
    JsonObject point = statistics.getJsonArray("points").getJsonObject(statistics.getJsonArray("points").size() - 1);
    // the agent's counters follow its clock, the rate divides by the replies' arrival times: on a
    // loaded machine one reply late by a few hundred ms skews one sample by that much
    assertEquals(40e6, point.getJsonNumber("inBps").doubleValue(), 15e6, point::toString);
    assertEquals(10e6, point.getJsonNumber("outBps").doubleValue(), 4e6, point::toString);

    unit.setOperStatus(OperStatus.DOWN); // sends linkDown to the server's trap port
    JsonObject alarm = await("link-down alarm", () -> activeAlarm("access_link_down", "site=" + site));
    assertEquals("major", alarm.getString("severity"));
    assertEquals(link, alarm.getJsonNumber("accessLinkId").longValue());
    assertEquals("down", admin.get("/sites/" + site + "/status").json().getString("status"));

    long id = alarm.getJsonNumber("id").longValue();
    Api.Reply acknowledged = admin.post("/alarms/" + id + "/acknowledge", "");
    assertEquals(200, acknowledged.status(), acknowledged::toString);
    assertEquals("acknowledged", acknowledged.json().getString("state"));
    assertEquals("admin", acknowledged.json().getString("acknowledgedBy"));

    unit.setOperStatus(OperStatus.UP);
    JsonObject cleared = await("alarm cleared", () -> Optional.of(admin.get("/alarms/" + id).json())
        .filter(a -> a.getString("state").equals("cleared")));
    assertTrue(cleared.containsKey("clearedAt") && cleared.get("clearedAt") != JsonValue.NULL, cleared::toString);
    await("site up again", () -> Optional.of(admin.get("/sites/" + site + "/status").json())
        .filter(s -> s.getString("status").equals("up")));
  }

  @Test
  void aMutedAgentRaisesRouterUnreachableAndAnsweringAgainClearsIt() {
    await("site up", () -> Optional.of(admin.get("/sites/" + site + "/status").json())
        .filter(s -> s.getString("status").equals("up")));

    agent.mute(true);
    JsonObject alarm = await("router-unreachable alarm", () -> activeAlarm("router_unreachable", null));
    assertEquals("critical", alarm.getString("severity"));
    JsonObject monitoring = admin.get("/routers/" + router + "/monitoring").json();
    assertTrue(monitoring.getInt("failures") >= 1, monitoring::toString);
    assertEquals("unknown", admin.get("/sites/" + site + "/status").json().getString("status"));

    agent.mute(false);
    long id = alarm.getJsonNumber("id").longValue();
    await("alarm cleared", () -> Optional.of(admin.get("/alarms/" + id).json())
        .filter(a -> a.getString("state").equals("cleared")));
  }

  @Test
  void theConsoleShowsTheBusyLinkItsSiteDownAndAcknowledgesTheAlarm() {
    await("a rate", () -> Optional.of(admin.get("/sites/" + site + "/status").json())
        .filter(s -> s.getJsonArray("accessLinks").getJsonObject(0).containsKey("utilisationPercent")
            && s.getJsonArray("accessLinks").getJsonObject(0).get("utilisationPercent") != JsonValue.NULL));
    unit.setOperStatus(OperStatus.DOWN);
    String subject = await("link-down alarm", () -> activeAlarm("access_link_down", "site=" + site))
        .getString("subject");

    try (ConsoleBrowser browser = new ConsoleBrowser(Api.baseUrl(),
        java.nio.file.Paths.get("target", "chromium-profiles", Api.unique("monitoring")))) {
      browser.logIn("admin", System.getProperty("ccpe.it.admin-password"));
      browser.openTask("taskMonitoring", "Monitoring");
      browser.screenshot(ConsoleBrowser.screenshotDirectory(), "console-monitoring.png");
      browser.until(d -> d.findElement(org.openqa.selenium.By.xpath(
          "//div[@id='topLinks']//a[contains(@href,'site=" + site + "')]"))).click();
      browser.awaitText("taskTitle", "Site monitoring", PATIENCE);
      assertEquals("down", browser.text("siteMonitoring:siteStatus"));
      browser.until(d -> d.findElements(org.openqa.selenium.By.tagName("canvas")).size() == 1);
      browser.screenshot(ConsoleBrowser.screenshotDirectory(), "console-site-monitoring.png");

      browser.openTask("taskAlarms", "Alarms");
      browser.row("alarmsMain:alarms", subject)
          .findElement(org.openqa.selenium.By.cssSelector("button[id$='acknowledge']")).click();
      browser.until(d -> browser.row("alarmsMain:alarms", subject).getText().contains("acknowledged"));
      browser.screenshot(ConsoleBrowser.screenshotDirectory(), "console-alarms.png");
    }
    JsonObject alarm = activeAlarm("access_link_down", "site=" + site).orElseThrow();
    assertEquals("acknowledged", alarm.getString("state"));
    assertEquals("admin", alarm.getString("acknowledgedBy"));
  }

  @Test
  void refusesAReversedRangeAndAnUnknownStepByField() {
    Api.Reply reply = admin.get("/access-links/" + link + "/statistics?from=2026-01-02T00:00:00Z"
        + "&to=2026-01-01T00:00:00Z");
    assertEquals(422, reply.status(), reply::toString);
    assertEquals(java.util.List.of("to"), reply.errorFields());
    Api.Reply step = admin.get("/access-links/" + link + "/statistics?step=2m");
    assertEquals(422, step.status(), step::toString);
    assertEquals(java.util.List.of("step"), step.errorFields());
    Api.Reply tooLong = admin.get("/access-links/" + link + "/statistics?from=2026-01-01T00:00:00Z"
        + "&to=2026-01-10T00:00:00Z&step=raw");
    assertEquals(java.util.List.of("step"), tooLong.errorFields());
    Api.Reply settings = admin.put("/routers/" + router + "/monitoring", "{\"pollIntervalSeconds\":0,\"retries\":99}");
    assertEquals(422, settings.status(), settings::toString);
    assertEquals(java.util.List.of("pollIntervalSeconds", "retries"), settings.errorFields());
  }

  @Test
  void aSiteWithoutLinksIsUnknownAndAnUnknownSiteIsNotFound() {
    long customer = Fixtures.customerId(Fixtures.customer(admin, Api.unique("monb")));
    long bare = Fixtures.site(admin, customer, router, "bare", "10.9.2.1/24");

    JsonObject status = admin.get("/sites/" + bare + "/status").json();
    assertEquals("unknown", status.getString("status"));
    assertEquals(customer, status.getJsonNumber("customerId").longValue());
    assertEquals("bare", status.getString("name"));
    assertEquals(0, status.getJsonArray("accessLinks").size());
    assertEquals(0, status.getInt("linksUnknown"));
    assertEquals(404, admin.get("/sites/" + (bare + 1_000_000) + "/status").status());
  }

  @Test
  void anotherCustomersUserFindsNeitherTheSiteNorItsLinkAndAcknowledgesNothing() {
    String name = Api.unique("monc");
    String password = Fixtures.customer(admin, name).json().getJsonObject("initialAdmin").getString("password");
    Api customer = Api.as("admin@" + name, password);

    assertEquals(404, customer.get("/sites/" + site + "/status").status());
    assertEquals(404, customer.get("/access-links/" + link + "/statistics").status());
    Api.Reply alarms = customer.get("/alarms");
    assertEquals(200, alarms.status(), alarms::toString);
    assertEquals(0, alarms.results().size(), "its own alarms only: none");
    assertEquals(403, customer.post("/alarms/1/acknowledge", "").status(), "acknowledging is the provider's");
  }

  /** The active alarm of a cause about this test's router (optionally filtered further), if any. */
  private Optional<JsonObject> activeAlarm(String cause, String filter) {
    return admin.get("/alarms?state=active&limit=1000" + (filter == null ? "" : "&" + filter)).results().stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("cause").equals(cause) && a.getJsonNumber("routerId").longValue() == router)
        .findFirst();
  }

  private static JsonObject await(String what, Supplier<Optional<JsonObject>> probe) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      Optional<JsonObject> seen = probe.get();
      if (seen.isPresent()) {
        return seen.get();
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no " + what + " within " + PATIENCE);
  }
}
