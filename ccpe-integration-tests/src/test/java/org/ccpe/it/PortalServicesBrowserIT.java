package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.ccpe.simulator.SimulatedRouter;
import org.ccpe.simulator.operational.DhcpLease;
import org.ccpe.simulator.operational.PingTarget;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer's administrator in the self-care portal, in headless Chromium, against a simulated
 * MX router in this JVM: changes a DHCP pool and watches the change reach the router; is told
 * why a NAT port mapping cannot be added before the provider set up NAT, then adds one where it
 * is; runs a functional audit between two sites and sees its result; reads a site's active
 * devices. Leaves screenshots of each page for the README.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalServicesBrowserIT {
  private static final Path SCREENSHOTS = ConsoleBrowser.screenshotDirectory();
  private static final Duration COMMIT_PATIENCE = Duration.ofSeconds(30);
  private static final String POOL = "settings:dhcpServer:pools:0:";
  private static final String MAPPING = "settings:nat:portMappings:0:";

  private final Api admin = Api.asAdmin();
  private SimulatedRouter mx;
  private ConsoleBrowser browser;
  private String login;
  private String password;
  private String hqInstance;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /**
   * A customer with two provisioned sites on a simulated router: "hq" with an internet link and
   * NAT set up by the provider (public range 203.0.113.8/29), "branch" with a VPN link only.
   */
  @BeforeEach
  void customerWithTwoSites() throws Exception {
    mx = SimulatedRouter.builder(Api.unique("mx-portal")).user(Fixtures.SIMULATOR_USER, Fixtures.SIMULATOR_PASSWORD)
        .start();
    long router = Fixtures.router(admin, mx);
    String name = Api.unique("portal");
    Api.Reply created = Fixtures.customer(admin, name);
    login = "admin@" + name;
    password = created.json().getJsonObject("initialAdmin").getString("password");
    long customer = Fixtures.customerId(created);
    long hq = Fixtures.site(admin, customer, router, "hq", "10.41.1.1/24");
    long branch = Fixtures.site(admin, customer, router, "branch", "10.41.2.1/24");
    assertEquals(201, Fixtures.link(admin, hq, "ge-0/0/4.141", 141).status());
    Api.Reply internet = admin.post("/sites/" + hq + "/access-links",
        "{\"interfaceName\":\"ge-0/0/4.142\",\"vlanId\":142,\"role\":\"internet\",\"name\":\"internet\"}");
    assertEquals(201, internet.status(), internet::toString);
    assertEquals(201, Fixtures.link(admin, branch, "ge-0/0/4.143", 143).status());
    Api.Reply nat = admin.put("/sites/" + hq + "/services/nat", "{\"publicRange\":\"203.0.113.8/29\",\"portMappings\":[]}");
    assertEquals(202, nat.status(), nat::toString);
    Fixtures.provisioned(admin, hq);
    Fixtures.provisioned(admin, branch);
    hqInstance = admin.get("/sites/" + hq).json().getString("routingInstance");
    browser = new ConsoleBrowser(Api.baseUrl(), Paths.get("target", "chromium-profiles", Api.unique("portal")));
  }

  /** Leaves the page as the test left it (target/screenshots/after-*.png): what a failure looked like. */
  @AfterEach
  void stop(TestInfo test) {
    try {
      if (browser != null) {
        browser.screenshot(SCREENSHOTS, "after-" + test.getTestMethod().map(m -> m.getName()).orElse("test") + ".png");
        browser.close();
      }
    } finally {
      mx.close();
    }
  }

  @Test
  void aCustomerAdminChangesADhcpPoolAndSeesItCommitted() {
    browser.logIn(login, password);
    browser.openPortalTask("dhcp-server", "DHCP Server");
    browser.followLink("sites", "hq", "DHCP Server");

    browser.chooseRadio("settings:dhcpMode", "DHCP server");
    browser.click("settings:addPool");
    browser.type(POOL + "name", "lan");
    browser.type(POOL + "network", "10.41.1.0/24");
    browser.type(POOL + "dnsServers", "9.9.9.9");
    browser.type(POOL + "leaseTimeSeconds", "7200");
    browser.type(POOL + "ranges:0:low", "10.41.1.100");
    browser.type(POOL + "ranges:0:high", "10.41.1.150");
    browser.click("settings:save");

    browser.awaitText("change:jobState", "committed", COMMIT_PATIENCE);
    assertEquals("Done: your router runs the new settings.", browser.text("change:jobText"));
    String running = mx.runningConfiguration();
    assertTrue(running.contains("10.41.1.150"), running);
    browser.screenshot(SCREENSHOTS, "portal-dhcp.png");
  }

  @Test
  void aNatMappingNeedsTheProvidersNatFirstAndThenReachesTheRouter() {
    browser.logIn(login, password);
    browser.openPortalTask("nat-mappings", "NAT Port Mappings");

    browser.followLink("sites", "branch", "NAT Port Mappings");
    addMapping("10.41.2.10");
    browser.click("settings:save");
    browser.awaitTextContaining("settings:messages", "before the provider has set up NAT", COMMIT_PATIENCE);
    browser.screenshot(SCREENSHOTS, "portal-nat-refused.png");

    browser.followLink("sites", "hq", "NAT Port Mappings");
    assertEquals("203.0.113.8/29", browser.value("settings:nat:publicRange"), "the provider's range, shown");
    addMapping("10.41.1.10");
    browser.click("settings:save");
    browser.awaitText("change:jobState", "committed", COMMIT_PATIENCE);
    String running = mx.runningConfiguration();
    assertTrue(running.contains("10.41.1.10"), running);
    browser.screenshot(SCREENSHOTS, "portal-nat.png");
  }

  @Test
  void aFunctionalAuditShowsEachPairsResultAndActiveDevicesAreListed() {
    mx.operational().pingTarget(new PingTarget(hqInstance, "10.41.2.1", 0, Duration.ofMillis(6)));
    mx.operational().addLease(new DhcpLease(hqInstance, "10.41.1.120", "00:16:3e:aa:bb:cc", "irb.1",
        Duration.ofHours(2)));
    browser.logIn(login, password);

    browser.openPortalTask("functional-audit", "Functional Audit");
    browser.click("audit:start");
    browser.awaitTextContaining("audit:originSiteIdsMessage", "choose at least one site", COMMIT_PATIENCE);
    browser.tick("audit:originSiteIds", "hq");
    browser.tick("audit:destinationSiteIds", "branch");
    browser.click("audit:start");
    browser.awaitText("results:auditState", "done", COMMIT_PATIENCE);
    assertEquals("up", browser.text("results:pairs:0:pairState"), "hq reaches branch");
    browser.screenshot(SCREENSHOTS, "portal-functional-audit.png");

    browser.openPortalTask("active-devices", "Active Devices");
    browser.choose("devices:siteChoice", "hq");
    browser.click("devices:read");
    browser.awaitTextContaining("devices:bindings", "00:16:3e:aa:bb:cc", COMMIT_PATIENCE);
    browser.screenshot(SCREENSHOTS, "portal-active-devices.png");
  }

  private void addMapping(String internalAddress) {
    browser.click("settings:nat:addPortMapping");
    browser.type(MAPPING + "name", "web");
    browser.type(MAPPING + "externalAddress", "203.0.113.9");
    browser.type(MAPPING + "externalPort", "443");
    browser.type(MAPPING + "internalAddress", internalAddress);
    browser.type(MAPPING + "internalPort", "443");
  }
}
