package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The self-care portal as a customer's people use it, in headless Chromium: the administrator
 * keeps its contact details and users, a monitor only looks, a task the provider switched off is
 * gone, a customer's display name full of markup is shown as text, and a forged form post changes
 * nothing. Leaves screenshots of the portal's pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {
  private static final Path SCREENSHOTS = ConsoleBrowser.screenshotDirectory();
  private static final String XSS = "<script>alert(1)</script>";
  private static final Api ADMIN = Api.asAdmin();

  private static String customer;
  private static long customerId;
  private static String adminPassword;

  private ConsoleBrowser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeAll
  static void aCustomerWithTwoSites() {
    long router = Fixtures.router(ADMIN, Api.unique("mx-portal"));
    customer = Api.unique("portal");
    Api.Reply created = Fixtures.customer(ADMIN, customer);
    customerId = Fixtures.customerId(created);
    adminPassword = created.json().getJsonObject("initialAdmin").getString("password");
    long paris = Fixtures.site(ADMIN, customerId, router, "Paris", "10.21.0.1/24");
    Fixtures.site(ADMIN, customerId, router, "Lyon", "10.22.0.1/24");
    assertEquals(201, Fixtures.link(ADMIN, paris, "ge-0/0/2.210", 210).status());
  }

  @BeforeEach
  void start() {
    browser = new ConsoleBrowser(Api.baseUrl(), Paths.get("target", "chromium-profiles", Api.unique("portal")));
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void aCustomerAdministratorKeepsItsContactDetailsAndUsers() {
    browser.logIn("admin@" + customer, adminPassword);
    assertEquals("Dashboard", browser.text("taskTitle"), "customer users land in the portal");
    browser.row("sites", "Paris");
    browser.screenshot(SCREENSHOTS, "portal-dashboard.png");

    browser.follow("task-contact-info", "Update Contact Info");
    assertFalse(browser.pageSource().contains("ACC-" + customer), "the account number is not on the page");
    browser.type("customerContact:contactEmail", "not an address");
    browser.click("customerContact:save");
    assertFalse(browser.waitForText("customerContact:contactEmailMessage").isBlank());
    browser.type("customerContact:contactName", "Grace Hopper");
    browser.type("customerContact:contactEmail", "grace@example.com");
    browser.click("customerContact:save");
    browser.until(d -> ADMIN.get("/customers/" + customerId).json().getString("contactName").equals("Grace Hopper"));
    browser.type("siteContact:contactName", "Site keeper");
    browser.click("siteContact:save");
    browser.screenshot(SCREENSHOTS, "portal-contact.png");

    browser.follow("taskUsers", "Users");
    browser.click("users:add");
    browser.waitVisible("userForm:username");
    browser.type("userForm:username", "noc");
    browser.click("userForm:save");
    String first = browser.waitForText("users:shownPassword");
    browser.row("users:table", "noc@" + customer);
    browser.row("users:table", "noc@" + customer).findElement(By.cssSelector("button[id$=':reset']")).click();
    browser.until(d -> !browser.text("users:shownPassword").equals(first));
    String reset = browser.text("users:shownPassword");
    browser.screenshot(SCREENSHOTS, "portal-users.png");
    assertEquals(200, Api.as("noc@" + customer, reset).get("/me").status(), "the reset password works");
    assertEquals(401, Api.as("noc@" + customer, first).get("/me").status(), "the first one no longer");
  }

  @Test
  void aCustomerMonitorSeesNoTaskThatChangesAnything() {
    Api.Reply created = ADMIN.post("/users", """
        {"username":"eyes","role":"customer-monitor","customerId":%d}""".formatted(customerId));
    assertEquals(201, created.status(), created::toString);
    browser.logIn("eyes@" + customer, created.json().getString("initialPassword"));
    assertEquals("Dashboard", browser.text("taskTitle"));
    for (String task : new String[] {"task-contact-info", "task-display-names", "task-static-routes", "taskUsers"}) {
      assertFalse(browser.present(task), task);
    }
    browser.open("/portal/contact-info.xhtml");
    assertTrue(browser.present("taskOff"), "a typed address shows no form either");
    assertFalse(browser.present("customerContact:save"));
    browser.open("/portal/users.xhtml");
    assertFalse(browser.present("users:add"), "users are the administrator's");
    browser.open("/console/index.xhtml");
    assertFalse(browser.pageSource().contains("Operator console"), "the console is the provider's");
  }

  @Test
  void aTaskTheProviderSwitchedOffIsGone() {
    setOverrides("{\"display-names\":false}");
    try {
      browser.logIn("admin@" + customer, adminPassword);
      assertTrue(browser.present("task-contact-info"));
      assertFalse(browser.present("task-display-names"));
      browser.open("/portal/display-names.xhtml");
      assertTrue(browser.present("taskOff"));
      assertFalse(browser.present("customerName:save"));
    } finally {
      setOverrides("{}");
    }
    browser.open("/portal/display-names.xhtml");
    browser.type("customerName:displayName", "Portal Corp");
    browser.click("customerName:save");
    browser.until(d -> ADMIN.get("/customers/" + customerId).json().getString("displayName").equals("Portal Corp"));
    browser.screenshot(SCREENSHOTS, "portal-display-names.png");
  }

  @Test
  void theProviderSwitchesATaskOffForOneCustomerInApplicationSettings() {
    browser.logIn("admin", System.getProperty("ccpe.it.admin-password"));
    browser.openTask("taskSettings", "Application Settings");
    String display = ADMIN.get("/customers/" + customerId).json().getString("displayName");
    browser.choose("settings:customer", display + " (" + customer + ")");
    browser.chooseButton("settings:tasks:2:override", "Off"); // Display Names
    browser.click("settings:save");
    try {
      browser.until(d -> !ADMIN.get("/settings/portal-tasks?customer=" + customerId).json()
          .getJsonObject("overrides").getBoolean("display-names", true));
      browser.screenshot(SCREENSHOTS, "console-settings.png");
    } finally {
      setOverrides("{}");
    }
  }

  @Test
  void aDisplayNameFullOfMarkupIsShownAsText() {
    String name = Api.unique("xss");
    Api.Reply created = ADMIN.post("/customers", "{\"name\":\"" + name + "\",\"displayName\":\"" + XSS + "\"}");
    assertEquals(201, created.status(), created::toString);
    browser.logIn("admin@" + name, created.json().getJsonObject("initialAdmin").getString("password"));
    assertEquals(XSS, browser.text("portalCustomer"));
    assertFalse(browser.alertShown(), "the script did not run");
    assertTrue(browser.pageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped in the page");
  }

  @Test
  void aForgedFormPostChangesNothing() {
    browser.logIn("admin@" + customer, adminPassword);
    browser.follow("task-contact-info", "Update Contact Info");
    String before = ADMIN.get("/customers/" + customerId).json().getString("contactName", "");
    // what a hostile page could send: the form's fields, but not the view state it cannot read
    browser.script("""
        window.ccpeBeforePost = true;
        const f = document.createElement('form');
        f.method = 'post';
        f.action = location.pathname;
        for (const [k, v] of Object.entries({'customerContact': 'customerContact',
            'customerContact:contactName': 'Mallory', 'customerContact:save': '',
            'jakarta.faces.ViewState': '-1234567890:987654321'})) {
          const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i);
        }
        document.body.appendChild(f);
        f.submit();""");
    browser.until(d -> Boolean.TRUE.equals(browser.script(
        "return window.ccpeBeforePost === undefined && document.readyState === 'complete'")));
    JsonObject after = ADMIN.get("/customers/" + customerId).json();
    assertNotEquals("Mallory", after.getString("contactName", ""));
    assertEquals(before, after.getString("contactName", ""));
  }

  private static void setOverrides(String overrides) {
    long version = ADMIN.get("/settings/portal-tasks?customer=" + customerId).json()
        .getJsonNumber("version").longValue();
    Api.Reply saved = ADMIN.put("/settings/portal-tasks", """
        {"version":%d,"global":{},"customerId":%d,"overrides":%s}""".formatted(version, customerId, overrides));
    assertEquals(200, saved.status(), saved::toString);
  }
}
