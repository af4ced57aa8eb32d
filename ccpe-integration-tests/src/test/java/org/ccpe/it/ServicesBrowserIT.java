package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.ccpe.simulator.SimulatedRouter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator edits a site's services in the console's Services editor, in headless Chromium,
 * and watches the server's commit timer bring them to a simulated MX router running in this JVM:
 * the job's state moves on the page until committed, the router runs the route, the Jobs page
 * shows the router's diff, and a refused next hop is shown beside its input. Leaves screenshots
 * of the editor and the Jobs page for the README.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServicesBrowserIT {
  private static final Path SCREENSHOTS = ConsoleBrowser.screenshotDirectory();
  /** The commit timer runs every 400 ms in the ITs; a commit on the simulator takes well under a second. */
  private static final Duration COMMIT_PATIENCE = Duration.ofSeconds(30);
  private static final String ROUTES = "services:tabs:staticRoutes:0:";
  private static final String POOL = "services:tabs:dhcpServer:pools:0:";

  private final Api admin = Api.asAdmin();
  private SimulatedRouter mx;
  private ConsoleBrowser browser;
  private String customer;
  private String site;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  /** A simulated router, and a customer with a site on it (LAN 10.1.1.1/24, one VPN link), made through the API. */
  @BeforeEach
  void siteOnASimulatedRouter() throws Exception {
    mx = SimulatedRouter.builder(Api.unique("mx-svc")).user(Fixtures.SIMULATOR_USER, Fixtures.SIMULATOR_PASSWORD).start();
    long router = Fixtures.router(admin, mx);
    customer = Api.unique("svc");
    site = "branch-" + customer.substring(customer.length() - 6);
    long siteId = Fixtures.site(admin, Fixtures.customerId(Fixtures.customer(admin, customer)), router, site,
        "10.1.1.1/24");
    Api.Reply link = Fixtures.link(admin, siteId, "ge-0/0/1.120", 120);
    assertEquals(201, link.status(), link::toString);
    browser = new ConsoleBrowser(Api.baseUrl(), Paths.get("target", "chromium-profiles", Api.unique("services")));
  }

  @AfterEach
  void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      mx.close();
    }
  }

  @Test
  void savedServicesReachTheRouterAndTheJobShowsItsDiff() {
    browser.logIn("admin", System.getProperty("ccpe.it.admin-password"));
    browser.openTask("taskCustomers", "Customer Management");
    browser.filter("inventory:customerFilter", customer, "inventory:customers");
    browser.select("inventory:customers", customer);
    browser.select("inventory:sites", site);
    browser.follow("inventory:servicesSite", "Site services");
    assertEquals(site, browser.text("status:siteName"));
    assertEquals("no services set yet", browser.text("status:notProvisioned"));

    browser.tab("services:tabs", "Static routes");
    browser.click("services:tabs:addStaticRoute");
    browser.type(ROUTES + "destination", "192.168.50.0/24");
    browser.type(ROUTES + "nextHop", "10.1.1.254");

    browser.tab("services:tabs", "DHCP");
    browser.chooseRadio("services:tabs:dhcpMode", "DHCP server");
    browser.click("services:tabs:addPool");
    browser.type(POOL + "name", "lan");
    browser.type(POOL + "network", "10.1.1.0/24");
    browser.type(POOL + "dnsServers", "9.9.9.9");
    browser.type(POOL + "leaseTimeSeconds", "3600");
    browser.type(POOL + "ranges:0:low", "10.1.1.100");
    browser.type(POOL + "ranges:0:high", "10.1.1.199");

    browser.click("services:save");
    browser.awaitText("status:jobState", "committed", COMMIT_PATIENCE);
    browser.awaitText("status:applied", "applied", COMMIT_PATIENCE);
    browser.screenshot(SCREENSHOTS, "console-services.png");
    String running = mx.runningConfiguration();
    assertTrue(running.contains("192.168.50.0/24"), running);
    assertTrue(running.contains("10.1.1.199"), running);
    String job = browser.text("status:jobLink").replace("Job", "").strip();

    browser.tab("services:tabs", "Static routes");
    browser.type(ROUTES + "nextHop", "8.8.8.8");
    browser.click("services:save");
    String refusal = browser.waitForText(ROUTES + "nextHopMessage");
    assertTrue(refusal.contains("not inside the site's LAN"), refusal);
    assertEquals("8.8.8.8", browser.value(ROUTES + "nextHop"), "what was typed stays");
    assertTrue(browser.text("services:messages").contains("Nothing was stored"), browser.text("services:messages"));
    browser.screenshot(SCREENSHOTS, "console-services-refused.png");

    browser.openTask("taskJobs", "Jobs");
    browser.expand("jobsMain:jobs", job);
    String details = browser.expansion("jobsMain:jobs", job);
    assertTrue(details.contains("192.168.50.0/24"), details);
    browser.screenshot(SCREENSHOTS, "console-jobs.png");
  }

}
