package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console's API Tokens and Webhooks tasks as an administrator uses them: a token created on
 * the page works as Bearer until revoked there; a subscription made on the page gets a test
 * delivery at the press of its Test button.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiConsoleBrowserIT {
  private static final Path SCREENSHOTS = ConsoleBrowser.screenshotDirectory();

  private ConsoleBrowser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void startBrowser() {
    browser = new ConsoleBrowser(Api.baseUrl(), Paths.get("target", "chromium-profiles", Api.unique("api")));
    browser.logIn("admin", System.getProperty("ccpe.it.admin-password"));
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void createsATokenShownOnceThatWorksUntilRevokedOnThePage() {
    String name = Api.unique("console");
    browser.openTask("taskApiTokens", "API Tokens");
    browser.type("tokenForm:name", name);
    browser.type("tokenForm:description", "made in the browser test");
    browser.click("tokenForm:create");
    String token = browser.waitForText("tokenForm:secret");
    assertTrue(token.startsWith("ccpe_"), token);
    assertEquals(200, Api.bearer(token).get("/me").status());
    browser.row("tokenForm:tokens", name);
    browser.screenshot(SCREENSHOTS, "console-api-tokens.png");

    browser.click(idIn(browser, "tokenForm:tokens", name, "revoke"));
    browser.until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes"))).click();
    browser.until(d -> browser.row("tokenForm:tokens", name).getText().contains("revoked"));
    assertEquals(401, Api.bearer(token).get("/me").status());
  }

  @Test
  void subscribesAReceiverAndSendsItATestDelivery() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String name = Api.unique("console-hook");
      browser.openTask("taskWebhooks", "Webhooks");
      browser.type("webhookForm:name", name);
      browser.type("webhookForm:url", receiver.url("/console"));
      browser.until(d -> d.findElement(By.xpath(
          "//*[@id='webhookForm:eventTypes']//label[normalize-space()='drift.detected']"))).click();
      browser.click("webhookForm:create");
      assertTrue(browser.waitForText("webhookForm:secret").startsWith("whsec_"));

      browser.click(idIn(browser, "webhookForm:subscriptions", name, "test"));
      browser.awaitTextContaining("webhookForm:messages", "delivered", Duration.ofSeconds(20));
      WebhookReceiver.Received got = receiver.next(5);
      assertEquals("webhook.test", got.event());
      browser.select("webhookForm:subscriptions", name);
      browser.row("webhookForm:deliveries", "webhook.test");
      browser.screenshot(SCREENSHOTS, "console-webhooks.png");

      Api admin = Api.asAdmin();
      for (var hook : admin.get("/webhooks?name=" + name).results()) {
        admin.delete("/webhooks/" + hook.asJsonObject().getJsonNumber("id").longValue());
      }
    }
  }

  /** The id of the button {@code button} in the table row showing {@code cellText}. */
  private static String idIn(ConsoleBrowser browser, String tableId, String cellText, String button) {
    return browser.row(tableId, cellText).findElement(By.cssSelector("[id$=':" + button + "']")).getAttribute("id");
  }
}
