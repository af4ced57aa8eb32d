package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ccpe.activationdirector.ActivationDirectorServer;
import org.ccpe.activationdirector.Seed;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator imports customers from the activation director on the console's Import Customer
 * page, in headless Chromium: refreshes the candidates, imports one, sets one aside, imports all
 * the others (one of them refused for an unknown router, reported by its path while the rest go
 * in), re-imports a customer the source changed and sees what was updated, and forgets an imported
 * candidate whose customer stays in the inventory. The API confirms what was stored.
 *
 * <p>The activation director runs in this JVM on the fixed loopback port the test server's
 * {@code ccpe.ad.url} names ({@code it.ad-port} in the pom), seeded with customers on routers made
 * through the API for this test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBrowserIT {
  private static final Path SCREENSHOTS = ConsoleBrowser.screenshotDirectory();
  private static final Duration IMPORT_PATIENCE = Duration.ofSeconds(20);
  private static final String CANDIDATES = "import:candidates";
  private static final String REPORT = "import:report";

  private final Api admin = Api.asAdmin();
  private final String tag = UUID.randomUUID().toString().substring(0, 6);
  private final String router = "mx-imp-" + tag;
  private final String one = "AD-" + tag + "-1";
  private final String two = "AD-" + tag + "-2";
  private final String three = "AD-" + tag + "-3";
  private final String setAside = "AD-" + tag + "-4";
  private final String refused = "AD-" + tag + "-5";
  private ActivationDirectorServer director;
  private ConsoleBrowser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void sourceWithCustomersOnOurRouter() throws Exception {
    Fixtures.router(admin, router);
    director = ActivationDirectorServer.start(Integer.getInteger("ccpe.it.ad-port", 18089), seed("10.61.1.0/24", "2025-06-01T10:00:00Z"));
    browser = new ConsoleBrowser(Api.baseUrl(), Paths.get("target", "chromium-profiles", Api.unique("import")));
  }

  @AfterEach
  void stop() {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      if (director != null) {
        director.stop();
      }
    }
  }

  @Test
  void importsOneThenAllAndForgetsACandidateWhileItsCustomerStays() {
    browser.logIn("admin", System.getProperty("ccpe.it.admin-password"));
    browser.openTask("taskImport", "Import Customer");
    browser.click("import:refreshCandidates");
    for (String id : List.of(one, two, three, setAside, refused)) {
      browser.row(CANDIDATES, id);
    }

    // import one
    browser.check(CANDIDATES, one);
    browser.click("import:importSelected");
    browser.awaitTextContaining("import:runState", "finished: 1 imported, 0 not imported", IMPORT_PATIENCE);
    assertTrue(browser.row(REPORT, one).getText().contains("customer 1 created"), browser.row(REPORT, one).getText());
    browser.awaitNoRow(CANDIDATES, one);

    // delete (forget) a candidate never imported
    browser.check(CANDIDATES, setAside);
    browser.click("import:forgetCandidates");
    browser.awaitNoRow(CANDIDATES, setAside);

    // import all: the rest, one refused by its path
    browser.click("import:importAll");
    browser.awaitTextContaining("import:runState", "finished: 2 imported, 1 not imported", IMPORT_PATIENCE);
    String refusal = browser.row(REPORT, refused).getText();
    assertTrue(refusal.contains("refused") && refusal.contains("sites[0].router"), refusal);
    assertTrue(browser.row(REPORT, two).getText().contains("imported"), browser.row(REPORT, two).getText());
    browser.row(CANDIDATES, refused);
    browser.awaitNoRow(CANDIDATES, two);
    browser.screenshot(SCREENSHOTS, "console-import.png");

    // the source moves customer one's head office LAN: it comes back as changed, and its re-import reports the update
    director.seed(seed("10.61.3.0/24", "2025-07-01T10:00:00Z"));
    browser.click("import:refreshCandidates");
    assertTrue(browser.row(CANDIDATES, one).getText().contains("changed"), browser.row(CANDIDATES, one).getText());
    browser.check(CANDIDATES, one);
    browser.click("import:importSelected");
    browser.awaitTextContaining("import:runState", "finished: 1 imported", IMPORT_PATIENCE);
    String update = browser.row(REPORT, one).getText();
    assertTrue(update.contains("sites 1 updated, 1 unchanged") && update.contains("customer 1 unchanged"), update);

    // forget the imported candidate: gone from the list, its customer stays
    browser.choose("import:filter", "All");
    browser.check(CANDIDATES, one);
    browser.click("import:forgetCandidates");
    browser.awaitNoRow(CANDIDATES, one);
    browser.row(CANDIDATES, two);

    List<String> listed = admin.get("/import-candidates?filter=all&limit=1000").results().stream()
        .map(c -> c.asJsonObject().getString("externalId")).toList();
    assertTrue(listed.contains(two) && !listed.contains(one) && !listed.contains(setAside), listed::toString);
    JsonObject customer = only("/customers?externalId=" + one);
    assertEquals("imp-" + tag + "-1", customer.getString("name"));
    long customerId = customer.getJsonNumber("id").longValue();
    assertEquals(2, admin.get("/customers/" + customerId + "/sites").json().getInt("count"));
    assertEquals("10.61.3.1/24", only("/sites?externalId=" + one + "-hq").getString("lanGateway"));
    assertEquals(1, admin.get("/access-links?customer=" + customerId).json().getInt("count"));
    assertEquals(1, count("/customers?externalId=" + two));
    assertEquals(1, count("/customers?externalId=" + three));
    assertEquals(0, count("/customers?externalId=" + setAside), "a forgotten candidate is not imported");
    assertEquals(0, count("/customers?externalId=" + refused), "a refused customer stores nothing");
  }

  /** Five customers; the first has two sites (one with an access link), the last a site on a router we do not have. */
  private Seed seed(String hqLan, String firstUpdated) {
    return new Seed(List.of(
        customer(one, 1, firstUpdated, List.of(
            site(one + "-hq", "hq", "Head office", router, hqLan,
                List.of(new Seed.Link(one + "-hq-0", "ge-0/0/1.101", 101, "vpn", "uplink", null))),
            site(one + "-br", "branch", null, router, "10.61.2.0/24", List.of()))),
        customer(two, 2, null, List.of(site(two + "-hq", "hq", null, router, "10.62.1.0/24", List.of()))),
        customer(three, 3, null, List.of(site(three + "-hq", "hq", null, router, "10.63.1.0/24", List.of()))),
        customer(setAside, 4, null, List.of(site(setAside + "-hq", "hq", null, router, "10.64.1.0/24", List.of()))),
        customer(refused, 5, null, List.of(site(refused + "-hq", "hq", null, "mx-nowhere-" + tag, "10.65.1.0/24",
            List.of())))));
  }

  private Seed.Customer customer(String id, int n, String updated, List<Seed.Site> sites) {
    return new Seed.Customer(id, "imp-" + tag + "-" + n, "ACC-" + n, "Contact " + n, "noc" + n + "@example.net", null,
        "2025-01-01T10:00:00Z", updated == null ? "2025-06-01T10:00:00Z" : updated, sites);
  }

  private Seed.Site site(String id, String name, String description, String pe, String lan, List<Seed.Link> links) {
    return new Seed.Site(id, name, description, pe, null, null, null, lan, null, null, null, links);
  }

  private JsonObject only(String path) {
    Api.Reply reply = admin.get(path);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(1, reply.results().size(), reply::toString);
    return reply.results().getJsonObject(0);
  }

  private int count(String path) {
    Api.Reply reply = admin.get(path);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getInt("count");
  }

}
