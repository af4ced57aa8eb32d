package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator builds a customer's inventory through the console's dialogs, in headless Chromium,
 * and an OSS then finds it through the API: the console and the API are one system. Leaves
 * screenshots of the console's pages for the README.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {
  private static final Path SCREENSHOTS = ConsoleBrowser.screenshotDirectory();

  private ConsoleBrowser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void startBrowser() {
    browser = new ConsoleBrowser(Api.baseUrl(),
        Paths.get("target", "chromium-profiles", Api.unique("console")));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void createsCustomerSiteAndAccessLinkThroughDialogsThatTheApiThenFinds() {
    String router = Api.unique("mx-browser");
    String customer = Api.unique("browser");
    String site = "hq-" + customer.substring(customer.length() - 8);

    browser.logIn("admin", System.getProperty("ccpe.it.admin-password"));
    assertEquals("admin", browser.text("session:user"));
    assertEquals("provider-admin", browser.text("session:role"));
    browser.screenshot(SCREENSHOTS, "console-dashboard.png");

    addRouter(router);
    browser.screenshot(SCREENSHOTS, "console-routers.png");

    browser.openTask("taskCustomers", "Customer Management");
    createCustomer(customer);
    browser.filter("inventory:customerFilter", customer, "inventory:customers");
    browser.select("inventory:customers", customer);

    browser.click("inventory:newSite");
    browser.waitVisible("siteDialog");
    browser.type("siteForm:name", site);
    browser.choose("siteForm:routerId", router);
    browser.type("siteForm:lanGateway", "10.1.2.300/24");
    browser.click("siteForm:save");
    String refusal = browser.waitForText("siteForm:lanGatewayMessage");
    assertFalse(refusal.isBlank());
    assertTrue(browser.isVisible("siteDialog"), "the dialog stays open on a refusal");
    browser.screenshot(SCREENSHOTS, "console-site-refused.png");
    browser.type("siteForm:lanGateway", "10.1.2.1/24");
    browser.click("siteForm:save");
    browser.waitHidden("siteDialog");
    browser.select("inventory:sites", site);

    browser.click("inventory:newLink");
    browser.waitVisible("linkDialog");
    browser.choose("linkForm:routerId", router);
    browser.type("linkForm:interfaceName", "ge-1/0/3.210");
    browser.type("linkForm:vlanId", "210");
    browser.choose("linkForm:role", "internet");
    browser.type("linkForm:name", "internet uplink");
    browser.click("linkForm:save");
    browser.waitHidden("linkDialog");
    browser.row("inventory:links", "ge-1/0/3.210");
    browser.screenshot(SCREENSHOTS, "console-customers.png");

    browser.openTask("taskAudit", "Audit");
    browser.expand("auditMain:entries", customer);
    browser.screenshot(SCREENSHOTS, "console-audit.png");

    Api api = Api.asAdmin();
    JsonArray customers = api.get("/customers?name=" + customer).results();
    assertEquals(1, customers.size(), customers::toString);
    long customerId = customers.getJsonObject(0).getJsonNumber("id").longValue();
    JsonArray sites = api.get("/sites?customer=" + customerId).results();
    assertEquals(1, sites.size(), sites::toString);
    JsonObject createdSite = sites.getJsonObject(0);
    assertEquals(site, createdSite.getString("name"));
    assertEquals("10.1.2.1/24", createdSite.getString("lanGateway"));
    JsonArray links = api.get("/access-links?site=" + createdSite.getJsonNumber("id")).results();
    assertEquals(1, links.size(), links::toString);
    assertEquals("ge-1/0/3.210", links.getJsonObject(0).getString("interfaceName"));
    assertEquals(210, links.getJsonObject(0).getInt("vlanId"));
    assertEquals("internet", links.getJsonObject(0).getString("role"));
  }

  /** Adds a router on the Routers page, switching SNMP to v3 and back on the way. */
  private void addRouter(String name) {
    browser.openTask("taskRouters", "Routers");
    browser.click("routersMain:newRouter");
    browser.waitVisible("routerDialog");
    browser.type("routerForm:name", name);
    browser.type("routerForm:managementHost", "192.0.2.10");
    browser.type("routerForm:model", "MX480");
    browser.type("routerForm:netconfUser", "ccpe");
    browser.type("routerForm:netconfPassword", "Netconf-Secret-1");
    browser.chooseButton("routerForm:snmpVersion", "v3");
    browser.waitVisible("routerForm:snmpV3User");
    browser.chooseButton("routerForm:snmpVersion", "v2c");
    browser.waitVisible("routerForm:snmpCommunity");
    browser.type("routerForm:snmpCommunity", "community-1");
    browser.type("routerForm:servicesPic", "ms-1/0/0");
    browser.click("routerForm:save");
    browser.waitHidden("routerDialog");

    // other test classes leave routers behind: find ours by name, not on the first page by luck
    browser.filter("routersMain:routerFilter", name, "routersMain:routers");
    browser.select("routersMain:routers", name);
    browser.click("routersMain:editRouter");
    browser.waitVisible("routerDialog");
    assertEquals("set", browser.text("routerForm:netconfPasswordState"));
    assertEquals("not set", browser.text("routerForm:netconfPrivateKeyState"));
    assertEquals("", browser.value("routerForm:netconfPassword"), "a stored secret is never rendered");
    browser.screenshot(SCREENSHOTS, "console-router-edit.png");
    browser.click("routerForm:cancel");
    browser.waitHidden("routerDialog");
  }

  /** Creates a customer and checks its administrator's login is shown once. */
  private void createCustomer(String name) {
    browser.click("inventory:newCustomer");
    browser.waitVisible("customerDialog");
    browser.type("customerForm:name", name);
    browser.type("customerForm:displayName", "Browser " + name);
    browser.type("customerForm:contactName", "Ada Lovelace");
    browser.type("customerForm:contactEmail", "noc@" + name + ".example");
    browser.click("customerForm:save");
    browser.waitVisible("customerCreatedDialog");
    assertEquals("admin@" + name, browser.text("customerCreatedForm:createdLogin"));
    assertFalse(browser.text("customerCreatedForm:createdPassword").isBlank());
    browser.click("customerCreatedForm:close");
    browser.waitHidden("customerCreatedDialog");
  }

}
