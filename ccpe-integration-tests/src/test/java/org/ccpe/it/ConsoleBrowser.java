package org.ccpe.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console as a person drives it, in Debian's headless Chromium: log in, open a task,
 * fill a dialog, pick a table row. Addresses inputs by the stable ids the pages give them
 * ({@code form:field}, where the field is the services' field name), and waits on what the page
 * shows (dialogs, rows, messages, PrimeFaces' ajax queue), never on the clock.
 */
final class ConsoleBrowser implements AutoCloseable {
  /** Where the browser tests leave their screenshots (system property ccpe.it.screenshots), or null. */
  static Path screenshotDirectory() {
    String directory = System.getProperty("ccpe.it.screenshots");
    return directory == null ? null : java.nio.file.Paths.get(directory);
  }

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final ChromeDriverService service;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  /** Starts Chromium with the Debian chromedriver, so Selenium Manager never downloads anything. */
  ConsoleBrowser(String baseUrl, Path profile) {
    this.baseUrl = baseUrl;
    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
  }

  void logIn(String user, String password) {
    driver.get(baseUrl + "/login.xhtml");
    type("login:username", user);
    type("login:password", password);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session:user")));
  }

  /** Opens a page by its address under the application, as a person typing it (or a bookmark). */
  void open(String path) {
    driver.get(baseUrl + path);
    settle();
  }

  /** Whether an element with this id is on the page at all (rendered, visible or not). */
  boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  String pageSource() {
    return driver.getPageSource();
  }

  /** Runs a script in the page, as a hostile page or a browser extension might. */
  Object script(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** Whether the page raised a JavaScript alert (a script that should not have run did). */
  boolean alertShown() {
    try {
      driver.switchTo().alert();
      return true;
    } catch (org.openqa.selenium.NoAlertPresentException e) {
      return false;
    }
  }

  /** Opens a task from the task tree, e.g. {@code taskRouters}, and waits for its page. */
  void openTask(String taskId, String title) {
    follow(taskId, title);
  }

  /** Opens a portal task from its task tree by the task's key, e.g. {@code dhcp-server}. */
  void openPortalTask(String key, String title) {
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.ccpe-task-" + key))).click();
    wait.until(ExpectedConditions.textToBe(By.id("taskTitle"), title));
    settle();
  }

  /** Follows a plain link by its text inside an element (a GET, maybe of the same page) and waits for the new page. */
  void followLink(String containerId, String text, String title) {
    WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[@id='" + containerId + "']//a[normalize-space()='" + text + "']")));
    link.click();
    wait.until(ExpectedConditions.stalenessOf(link));
    wait.until(ExpectedConditions.textToBe(By.id("taskTitle"), title));
    settle();
  }

  /** Follows a link or link button to another page, and waits for that page's title. */
  void follow(String id, String title) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    wait.until(ExpectedConditions.textToBe(By.id("taskTitle"), title));
    settle();
  }

  /** Opens the tab of a PrimeFaces tab view (p:tabView) whose title starts with {@code title}. */
  void tab(String tabViewId, String title) {
    WebElement header = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='" + tabViewId
        + "']/ul[@role='tablist']/li/a[starts-with(normalize-space(),'" + title + "')]")));
    header.click();
    wait.until(d -> header.findElement(By.xpath("..")).getAttribute("class").contains("ui-tabs-selected"));
    settle();
  }

  /** Picks a radio button of a PrimeFaces radio group (p:selectOneRadio) by its label. */
  void chooseRadio(String groupId, String label) {
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']"))).click();
    settle();
  }

  /** Ticks a box of a PrimeFaces check-box group (p:selectManyCheckbox) by its label. */
  void tick(String groupId, String label) {
    chooseRadio(groupId, label);
  }

  /** Waits, up to {@code patience}, until the element shows exactly {@code text}: a job's state, say. */
  void awaitText(String id, String text, Duration patience) {
    new WebDriverWait(driver, patience)
        .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
        .until(ExpectedConditions.textToBe(By.id(id), text));
    settle();
  }

  void type(String id, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }

  /** Types into a filter that reloads its table by ajax, and waits until the table shows only matches. */
  void filter(String id, String text, String tableId) {
    type(id, text);
    wait.until(d -> {
      List<WebElement> rows = rows(tableId);
      return !rows.isEmpty() && rows.stream()
          .allMatch(row -> row.getText().toLowerCase().contains(text.toLowerCase()));
    });
    settle();
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    settle();
  }

  /**
   * Picks an option of a PrimeFaces select (p:selectOneMenu) by its label. Opens the panel again
   * until the pick shows: the panel closes by itself when the page scrolls (as clicking an option
   * low in a dialog may make it), and a click during its animation is lost.
   */
  void choose(String selectId, String label) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(selectId)));
    wait.until(d -> {
      if (label.equals(d.findElement(By.id(selectId + "_label")).getText().strip())) {
        return true;
      }
      WebElement panel = d.findElement(By.id(selectId + "_panel"));
      if (panel.isDisplayed()) {
        panel.findElement(By.cssSelector("li[data-label='" + label + "']")).click();
      } else {
        d.findElement(By.id(selectId)).click();
      }
      return false;
    });
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(selectId + "_panel")));
    settle();
  }

  /** Picks a button of a PrimeFaces button group (p:selectOneButton) by its label. */
  void chooseButton(String groupId, String label) {
    WebElement group = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(groupId)));
    group.findElement(By.xpath(".//div[contains(@class,'ui-button')][normalize-space()='" + label + "']")).click();
    settle();
  }

  void waitVisible(String id) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    settle();
  }

  void waitHidden(String id) {
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    settle();
  }

  boolean isVisible(String id) {
    return driver.findElement(By.id(id)).isDisplayed();
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText().strip();
  }

  String value(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  /** Waits until the element shows some text (a message beside a field, say) and returns it. */
  String waitForText(String id) {
    return wait.until(d -> {
      String text = d.findElement(By.id(id)).getText().strip();
      return text.isEmpty() ? null : text;
    });
  }

  /** Waits for a data table's row showing {@code cellText} in one of its cells. */
  WebElement row(String tableId, String cellText) {
    By row = By.xpath("//div[@id='" + tableId + "']//tbody/tr[td[normalize-space()='" + cellText + "']]");
    return wait.until(ExpectedConditions.visibilityOfElementLocated(row));
  }

  /** Selects a table row and waits for the page to answer the selection. */
  void select(String tableId, String cellText) {
    WebElement row = row(tableId, cellText);
    row.findElement(By.tagName("td")).click();
    wait.until(d -> row(tableId, cellText).getAttribute("class").contains("ui-state-highlight"));
    settle();
  }

  /** Ticks a row's checkbox (a table with a selection column) and waits until the row is selected. */
  void check(String tableId, String cellText) {
    row(tableId, cellText).findElement(By.cssSelector(".ui-chkbox-box")).click();
    wait.until(d -> row(tableId, cellText).getAttribute("class").contains("ui-state-highlight"));
    settle();
  }

  /** Waits until no row of the table shows {@code cellText} in a cell. */
  void awaitNoRow(String tableId, String cellText) {
    wait.until(d -> d.findElements(By.xpath("//div[@id='" + tableId + "']//tbody/tr[td[normalize-space()='"
        + cellText + "']]")).isEmpty());
    settle();
  }

  /** Waits, up to {@code patience}, until the element's text contains {@code text}: a run's progress, say. */
  void awaitTextContaining(String id, String text, Duration patience) {
    new WebDriverWait(driver, patience)
        .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    settle();
  }

  /** Opens a row's expansion (its row toggler) and waits for the expanded content. */
  void expand(String tableId, String cellText) {
    row(tableId, cellText).findElement(By.cssSelector(".ui-row-toggler")).click();
    wait.until(d -> row(tableId, cellText).findElement(By.xpath("following-sibling::tr[1]"))
        .getAttribute("class").contains("ui-expanded-row-content"));
    settle();
  }

  /** The text of a row's expansion, once opened with {@link #expand}. */
  String expansion(String tableId, String cellText) {
    return row(tableId, cellText).findElement(By.xpath("following-sibling::tr[1]")).getText();
  }

  List<WebElement> rows(String tableId) {
    return driver.findElements(By.xpath("//div[@id='" + tableId + "']//tbody/tr[@data-ri]"));
  }

  void screenshot(Path directory, String name) {
    if (directory == null) {
      return;
    }
    try {
      Files.createDirectories(directory);
      File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(condition);
  }

  /** Waits for PrimeFaces' ajax queue to drain and its animations (dialogs, panels) to end. */
  private void settle() {
    wait.until(d -> js("return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
        + " && (!window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0))"));
  }

  private Boolean js(String script) {
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
