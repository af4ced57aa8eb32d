package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * The README's run command in demo mode, as a newcomer starts it: {@code ./ccpe run} (from what
 * this build made, on ports shifted past this run's test server) must bring up the application,
 * the simulated routers with their SNMP agents, and the seeded activation-director source, with
 * the routers registered and the source wired in, so that an imported site's change commits to a
 * simulated router, its access link is polled (the site becomes up, its statistics fill, the
 * console's Monitoring pages show them: screenshots monitoring-*.png for the README), and the
 * application's trap receiver listens where the routers send their traps; and stopping it must
 * stop every piece.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DemoModeIT {

  private static final String ADMIN_PASSWORD = "Demo-IT-Admin-Passw0rd";
  private static final List<String> ROUTERS = List.of("mx-paris-1", "mx-lyon-1");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private final int offset = Integer.getInteger("ccpe.it.port-offset", 200) + 50;
  private final int http = 8080 + offset;
  private final int netconfBase = 18301 + offset;
  private final int snmpBase = 16101 + offset;
  private final int directorPort = 8089 + offset;
  private final int trapPort = 10162 + offset;

  @Test
  void demoStartsEveryPieceWiresThemTogetherAndStopsThemAll() throws Exception {
    assumeTrue("h2".equals(System.getProperty("ccpe.it.database", "h2")), "the demo runs on H2: once per build");
    Path root = Path.of(System.getProperty("ccpe.it.root", "..")).toAbsolutePath().normalize();
    Path runDir = root.resolve("ccpe-integration-tests/target/demo-run");
    Files.createDirectories(runDir);
    Path output = runDir.resolve("demo.out");
    ProcessBuilder builder = new ProcessBuilder("bash", "ccpe", "run").directory(root.toFile())
        .redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().remove("CCPE_DB");
    builder.environment().put("CCPE_DEMO", "1");
    builder.environment().put("CCPE_SKIP_BUILD", "1");
    builder.environment().put("CCPE_PORT_OFFSET", Integer.toString(offset));
    builder.environment().put("CCPE_RUN_DIR", runDir.toString());
    builder.environment().put("CCPE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    Process demo = builder.start();
    try {
      awaitOutput(demo, output, "Ctrl-C stops");
      String printed = Files.readString(output);
      assertTrue(printed.contains("http://127.0.0.1:" + http + "/ccpe/"), printed);
      assertTrue(printed.contains("SNMP 127.0.0.1:" + snmpBase), printed);

      assertTrue(get("http://127.0.0.1:" + http + "/ccpe/", null).statusCode() < 400, "console answers");
      String routers = get(api("/routers"), admin()).body();
      for (int i = 0; i < ROUTERS.size(); i++) {
        assertTrue(routers.contains("\"name\":\"" + ROUTERS.get(i) + "\""), routers);
        assertTrue(routers.contains("\"snmpPort\":" + (snmpBase + i)), routers);
        assertTrue(sshBanner(netconfBase + i).startsWith("SSH-2.0-"), "NETCONF over SSH of " + ROUTERS.get(i));
        assertEquals(ROUTERS.get(i), snmpGet(snmpBase + i, "1.3.6.1.2.1.1.5.0"), "sysName over SNMP");
      }
      assertTrue(snmpCounterMoves(snmpBase), "SNMP traffic moves");
      assertTrue(printed.contains("127.0.0.1:" + trapPort), "the routers' trap target is printed: " + printed);
      assertTrue(udpInUse(trapPort), "the application receives the routers' traps on " + trapPort);
      String director = get("http://127.0.0.1:" + directorPort + "/api/space/nsas/customer-management/customers",
          "Basic " + base64("director:Demo-Director-Passw0rd")).body();
      assertTrue(director.contains("acme"), director);
      assertTrue(applicationReadsTheSource(), "the application lists the source's customers");
      JsonObject site = provisionedAccessLinkBecomesPollable();
      JsonObject monitoring = json(get(api("/routers/" + site.getJsonNumber("routerId") + "/monitoring"), admin()).body());
      assertEquals(10, monitoring.getInt("pollIntervalSeconds"), "the demo polls every 10 s: " + monitoring);
      long siteId = site.getJsonNumber("id").longValue();
      int links = siteBecomesUpWithTraffic(siteId);
      consoleShowsTheTraffic(siteId, links);
    } finally {
      stop(demo);
    }
    for (int port : List.of(http, netconfBase, netconfBase + 1, directorPort)) {
      assertTrue(closed(port), "nothing listens on " + port + " after the stop");
    }
    assertEquals(null, snmpGet(snmpBase, "1.3.6.1.2.1.1.5.0"), "the SNMP agents stopped");
    assertTrue(!udpInUse(trapPort), "the trap receiver stopped");
  }

  /** Whether something holds udp 127.0.0.1:port: binding it fails. */
  private static boolean udpInUse(int port) {
    try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
      return false;
    } catch (SocketException taken) {
      return true;
    }
  }

  private boolean applicationReadsTheSource() throws Exception {
    HttpResponse<String> refresh = HTTP.send(HttpRequest.newBuilder(URI.create(api("/import-candidates/refresh")))
        .header("Authorization", admin()).POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(refresh.statusCode() / 100 == 2, refresh.statusCode() + " " + refresh.body());
    for (int i = 0; i < 60; i++) {
      if (get(api("/import-candidates"), admin()).body().contains("acme")) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /**
   * The newcomer's minute: import acme, give its Paris site a DHCP pool, see the job commit to
   * the simulated router, and find the site's access link ({@code ge-1/0/3.210}) in that router's
   * IF-MIB with moving counters.
   */
  private JsonObject provisionedAccessLinkBecomesPollable() throws Exception {
    HttpResponse<String> imported = send("POST", api("/import-candidates/import"), "{\"ids\":[\"327680\"]}");
    assertEquals(202, imported.statusCode(), imported.body());
    JsonObject site = null;
    for (int i = 0; i < 120 && site == null; i++) {
      JsonArray found = json(get(api("/sites?externalId=327680-hq"), admin()).body()).getJsonArray("results");
      site = found.isEmpty() ? null : found.getJsonObject(0);
      if (site == null) {
        Thread.sleep(500);
      }
    }
    assertTrue(site != null, "acme's hq site imported");
    assertEquals("mx-paris-1", site.getString("routerName"));
    HttpResponse<String> change = send("PUT", api("/sites/" + site.getJsonNumber("id") + "/services"), """
        {"dhcpServer":{"pools":[{"name":"lan","network":"10.10.1.0/24",
          "ranges":[{"low":"10.10.1.100","high":"10.10.1.199"}],"dnsServers":["9.9.9.9"],"leaseTimeSeconds":3600}]}}""");
    assertEquals(202, change.statusCode(), change.body());
    long job = json(change.body()).getJsonObject("job").getJsonNumber("id").longValue();
    String state = "";
    for (int i = 0; i < 240 && !state.equals("committed"); i++) {
      JsonObject current = json(get(api("/jobs/" + job), admin()).body());
      state = current.getString("state");
      assertTrue(!state.equals("failed"), current.toString());
      if (!state.equals("committed")) {
        Thread.sleep(500);
      }
    }
    assertEquals("committed", state, "the DHCP change reached mx-paris-1");
    String unit = null;
    for (int i = 0; i < 40 && unit == null; i++) {
      unit = snmpIfIndexOf(snmpBase, "ge-1/0/3.210");
      if (unit == null) {
        Thread.sleep(250);
      }
    }
    assertTrue(unit != null, "the provisioned access link is in the router's IF-MIB");
    String hcIn = "1.3.6.1.2.1.31.1.1.1.6." + unit;
    long first = Long.parseLong(snmpGet(snmpBase, hcIn));
    Thread.sleep(1200);
    assertTrue(Long.parseLong(snmpGet(snmpBase, hcIn)) > first, "its counters move");
    return site;
  }

  /**
   * The demo polls every 10 s: within a minute or two of the commit the site is up and its link
   * has a few raw points of traffic (the simulator sends around 40 Mb/s in). Returns how many
   * access links the site has.
   */
  private int siteBecomesUpWithTraffic(long site) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    JsonObject status = json(get(api("/sites/" + site + "/status"), admin()).body());
    while (!status.getString("status").equals("up") && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      status = json(get(api("/sites/" + site + "/status"), admin()).body());
    }
    assertEquals("up", status.getString("status"), status.toString());
    long link = status.getJsonArray("accessLinks").getJsonObject(0).getJsonNumber("accessLinkId").longValue();
    long moving = 0;
    while (moving < 3 && System.nanoTime() < deadline) {
      Thread.sleep(2000);
      JsonObject statistics = json(get(api("/access-links/" + link + "/statistics?step=raw"), admin()).body());
      moving = statistics.getJsonArray("points").stream()
          .filter(p -> p.asJsonObject().getJsonNumber("inBps").doubleValue() > 1e6).count();
    }
    assertTrue(moving >= 3, "three polls with traffic within two minutes of the commit");
    return status.getJsonArray("accessLinks").size();
  }

  /** What the README shows: the Monitoring dashboard, the site's page with its chart, the Alarms page. */
  private void consoleShowsTheTraffic(long site, int links) {
    Path screenshots = ConsoleBrowser.screenshotDirectory();
    try (ConsoleBrowser browser = new ConsoleBrowser("http://127.0.0.1:" + http + "/ccpe",
        Path.of("target", "chromium-profiles", "demo-" + System.nanoTime()))) {
      browser.logIn("admin", ADMIN_PASSWORD);
      browser.openTask("taskMonitoring", "Monitoring");
      browser.screenshot(screenshots, "monitoring-dashboard.png");
      browser.until(d -> d.findElement(By.xpath(
          "//div[@id='topLinks']//a[contains(@href,'site=" + site + "')]"))).click();
      browser.awaitText("taskTitle", "Site monitoring", Duration.ofSeconds(30));
      assertEquals("up", browser.text("siteMonitoring:siteStatus"));
      browser.until(d -> d.findElements(By.tagName("canvas")).size() == links);  // a chart per link
      browser.screenshot(screenshots, "monitoring-site.png");
      browser.openTask("taskAlarms", "Alarms");
      browser.screenshot(screenshots, "monitoring-alarms.png");
    }
  }

  private HttpResponse<String> send(String method, String url, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", admin())
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The ifIndex (as text) whose ifName is {@code name}, by a GETBULK walk of ifName; null if none. */
  private static String snmpIfIndexOf(int port, String name) throws IOException {
    OID ifName = new OID("1.3.6.1.2.1.31.1.1.1.1");
    try (Snmp snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")))) {
      snmp.listen();
      PDU pdu = new PDU();
      pdu.setType(PDU.GETBULK);
      pdu.setMaxRepetitions(200);
      pdu.add(new VariableBinding(ifName));
      PDU response = snmp.send(pdu, v2c(port)).getResponse();
      if (response == null) {
        return null;
      }
      for (VariableBinding vb : response.getVariableBindings()) {
        if (vb.getOid().startsWith(ifName) && vb.getVariable().toString().equals(name)) {
          return Integer.toString(vb.getOid().last());
        }
      }
      return null;
    }
  }

  private static CommunityTarget<UdpAddress> v2c(int port) {
    CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress("127.0.0.1/" + port),
        new OctetString("public"));
    target.setVersion(SnmpConstants.version2c);
    target.setTimeout(2000);
    target.setRetries(1);
    return target;
  }

  private String api(String path) {
    return "http://127.0.0.1:" + http + "/ccpe/api/v1" + path;
  }

  private static String admin() {
    return "Basic " + base64("admin:" + ADMIN_PASSWORD);
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> get(String url, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Waits (bounded) until the run prints {@code text}; fails with its output if it stops or hangs. */
  private static void awaitOutput(Process demo, Path output, String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
    while (System.nanoTime() < deadline) {
      String printed = Files.exists(output) ? Files.readString(output) : "";
      if (printed.contains(text)) {
        return;
      }
      if (!demo.isAlive()) {
        fail("./ccpe run stopped (" + demo.exitValue() + "):\n" + printed);
      }
      Thread.sleep(500);
    }
    fail("./ccpe run printed no '" + text + "' in 6 minutes:\n" + Files.readString(output));
  }

  /** SIGTERM, as Ctrl-C; whatever outlives a minute is killed so no test leaves processes behind. */
  private static void stop(Process demo) throws InterruptedException {
    List<ProcessHandle> started = demo.descendants().toList();
    demo.destroy();
    boolean stopped = demo.waitFor(60, TimeUnit.SECONDS);
    for (ProcessHandle child : started) {
      child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join();
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
    if (!stopped) {
      demo.destroyForcibly();
      fail("./ccpe run did not stop within a minute of SIGTERM");
    }
  }

  private static String sshBanner(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(5000);
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c; (c = in.read()) != -1 && c != '\n' && line.length() < 200; ) {
        line.append((char) c);
      }
      return line.toString().trim();
    }
  }

  private static boolean closed(int port) {
    for (int i = 0; i < 40; i++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (IOException refused) {
        return true;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** An SNMPv2c GET of one object from 127.0.0.1:port, as text; null when the agent does not answer. */
  private static String snmpGet(int port, String oid) throws IOException {
    try (Snmp snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")))) {
      snmp.listen();
      PDU pdu = new PDU();
      pdu.setType(PDU.GET);
      pdu.add(new VariableBinding(new OID(oid)));
      PDU response = snmp.send(pdu, v2c(port)).getResponse();
      return response == null ? null : response.get(0).getVariable().toString();
    }
  }

  /** The first port's ifHCInOctets (its ifIndex is the first of the agent's sparse ones) grows. */
  private static boolean snmpCounterMoves(int port) throws Exception {
    String oid = "1.3.6.1.2.1.31.1.1.1.6.501";
    long first = Long.parseLong(snmpGet(port, oid));
    Thread.sleep(1200);
    return Long.parseLong(snmpGet(port, oid)) > first;
  }
}
