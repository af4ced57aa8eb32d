package org.ccpe.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inventory of the end-to-end run, through the API as an OSS would make it: one router per
 * simulated agent (SNMP v2c on its port), then one import of 100 customers, one per router, each
 * with 100 sites of one access link named like the agent's units (10,000 links).
 *
 * <pre>  java MonitoringSetup BASE_URL ADMIN_PASSWORD AGENTS INTERFACES BASE_PORT</pre>
 */
public final class MonitoringSetup {

  public static void main(String[] args) throws Exception {
    String api = args[0] + "/api/v1";
    String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
    int agents = Integer.parseInt(args[2]);
    int interfaces = Integer.parseInt(args[3]);
    int basePort = Integer.parseInt(args[4]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    for (int r = 0; r < agents; r++) {
      String body = """
          {"name":"bench-mx%d","managementHost":"127.0.0.1","netconfPort":830,"netconfUser":"ccpe",
           "netconfPassword":"NetconfSecret-%d","snmpPort":%d,"snmpCommunity":"%s",
           "servicesPic":"ms-1/0/0","model":"mx480"}""".formatted(r, r, basePort + r, MonitoringBenchmark.COMMUNITY);
      HttpResponse<String> reply = send(http, auth, "POST", api + "/routers", body);
      if (reply.statusCode() != 201) {
        throw new IllegalStateException("router " + r + ": HTTP " + reply.statusCode() + " " + reply.body());
      }
    }
    StringBuilder doc = new StringBuilder("{\"customers\":[");
    for (int r = 0; r < agents; r++) {
      doc.append(r == 0 ? "" : ",").append("{\"externalId\":\"BENCH-").append(r)
          .append("\",\"name\":\"bench").append(r).append("\",\"sites\":[");
      for (int i = 0; i < interfaces; i++) {
        String unit = MonitoringBenchmark.unit(i);
        int vlan = Integer.parseInt(unit.substring(unit.indexOf('.') + 1));
        int n = r * interfaces + i; // a /24 LAN of its own in 10/8
        doc.append(i == 0 ? "" : ",").append("""
            {"externalId":"S-%d-%d","name":"site %d","router":"bench-mx%d","lanGateway":"10.%d.%d.1/24",
             "accessLinks":[{"externalId":"L-%d-%d","interfaceName":"%s","vlanId":%d,"role":"vpn"}]}"""
            .formatted(r, i, i, r, n / 256, n % 256, r, i, unit, vlan));
      }
      doc.append("]}");
    }
    doc.append("]}");
    long start = System.nanoTime();
    HttpResponse<String> reply = send(http, auth, "POST", api + "/imports?async=true", doc.toString());
    if (reply.statusCode() != 202) {
      throw new IllegalStateException("import: HTTP " + reply.statusCode() + " " + reply.body());
    }
    URI job = URI.create(api + "/").resolve(reply.headers().firstValue("Location").orElseThrow());
    for (int i = 0; i < 1200; i++) {
      String state = send(http, auth, "GET", job.toString(), null).body();
      // the job's own state (its report's entities have states too: created, updated, ...)
      Matcher m = Pattern.compile("\"state\"\\s*:\\s*\"(queued|running|done|failed)\"").matcher(state);
      String s = m.find() ? m.group(1) : "?";
      if (s.equals("done")) {
        System.out.printf("imported %d routers' links in %.1f s%n", agents, (System.nanoTime() - start) / 1e9);
        return;
      }
      if (s.equals("failed")) {
        throw new IllegalStateException("import failed: " + state.substring(0, Math.min(2000, state.length())));
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("import did not finish in 10 minutes");
  }

  private static HttpResponse<String> send(HttpClient http, String auth, String method, String uri, String json)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120))
        .header("Authorization", auth).header("Accept", "application/json");
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    return http.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
