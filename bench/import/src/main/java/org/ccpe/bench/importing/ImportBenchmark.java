package org.ccpe.bench.importing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;

/**
 * Issue 6's import benchmark, against a server that is already up (run.sh starts and stops it):
 * creates the routers the document names, writes a topology document of {@code bench.customers}
 * customers × {@code bench.sites} sites × {@code bench.links} access links to a file, posts it to
 * {@code POST /api/v1/imports} and measures from the request being sent until the answer (or, when
 * the server answers 202, until the import job is done); then posts the same document again (every
 * entity unchanged) and measures that. Writes its figures to {@code bench.out} as properties.
 *
 * <p>The document: site {@code s} of every customer on router {@code bench-mx<s % routers>}; the
 * links of a router are numbered, {@code ge-1/0/<n / 1000>.<vlan>} with VLAN {@code 100 + n % 1000},
 * so VLANs are unique per router port; site {@code n} of the whole document has the LAN
 * {@code 10.<n / 256>.<n % 256>.1/24}, so no LANs overlap at all.
 */
public final class ImportBenchmark {
  private final int customers = Integer.getInteger("bench.customers", 1000);
  private final int sites = Integer.getInteger("bench.sites", 10);
  private final int links = Integer.getInteger("bench.links", 2);
  private final int routers = Integer.getInteger("bench.routers", 10);
  private final Duration patience = Duration.ofSeconds(Long.getLong("bench.timeout-s", 900));
  private final String base = System.getProperty("bench.base-url", "http://127.0.0.1:8880/ccpe") + "/api/v1";
  private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
      ("admin:" + System.getProperty("bench.admin-password")).getBytes(StandardCharsets.UTF_8));
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path document = Path.of(System.getProperty("bench.document", "target/document.json"));

  public static void main(String[] args) throws Exception {
    Path out = Path.of(System.getProperty("bench.out", "target/result.properties"));
    Properties result = new ImportBenchmark().run();
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(out)) {
      result.store(writer, "ccpe import benchmark");
    }
    result.forEach((k, v) -> System.out.println(k + "=" + v));
  }

  private Properties run() throws Exception {
    if (customers * sites > 256 * 256) {
      throw new IllegalArgumentException("at most 65,536 sites (one /24 LAN each in 10/8)");
    }
    for (int r = 0; r < routers; r++) {
      String name = "bench-mx" + r;
      Reply reply = send("POST", "/routers", """
          {"name":"%s","managementHost":"127.0.0.1","netconfPort":830,"netconfUser":"ccpe",
           "netconfPassword":"NetconfSecret-%s","snmpCommunity":"community-%s","servicesPic":"ms-1/0/0",
           "model":"mx480"}""".formatted(name, r, r));
      if (reply.status() != 201 && reply.status() != 409) {
        throw new IllegalStateException("router " + name + ": HTTP " + reply.status() + " " + reply.body());
      }
    }
    long bytes = writeDocument();
    int entities = customers + customers * sites + customers * sites * links;
    Properties result = new Properties();
    result.setProperty("customers", String.valueOf(customers));
    result.setProperty("sites", String.valueOf(customers * sites));
    result.setProperty("accessLinks", String.valueOf(customers * sites * links));
    result.setProperty("entities", String.valueOf(entities));
    result.setProperty("documentBytes", String.valueOf(bytes));
    measure("first", "created", result);
    measure("repeat", "unchanged", result);
    return result;
  }

  /** One import of the document, timed from sending the request until the report is at hand. */
  private void measure(String label, String expected, Properties result) throws Exception {
    long start = System.nanoTime();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/imports"))
        .timeout(patience)
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofFile(document))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    long answered = System.nanoTime();
    String mode = "sync";
    String body = response.body();
    if (response.statusCode() == 202) {
      mode = "job";
      String location = response.headers().firstValue("Location")
          .orElseThrow(() -> new IllegalStateException("202 without Location"));
      body = awaitJob(location, start);
    } else if (response.statusCode() != 200) {
      throw new IllegalStateException(label + ": HTTP " + response.statusCode() + " "
          + body.substring(0, Math.min(2000, body.length())));
    }
    long done = System.nanoTime();
    JsonObject report = Json.createReader(new StringReader(body)).readObject();
    if (report.containsKey("report")) {
      report = report.getJsonObject("report");
    }
    JsonObject counts = report.getJsonObject("counts");
    int matching = 0;
    for (String kind : new String[] {"customer", "site", "access-link"}) {
      matching += counts.getJsonObject(kind).getInt(expected);
    }
    result.setProperty(label + ".mode", mode);
    result.setProperty(label + ".ms", String.valueOf((done - start) / 1_000_000));
    result.setProperty(label + ".answerMs", String.valueOf((answered - start) / 1_000_000));
    result.setProperty(label + "." + expected, String.valueOf(matching));
    result.setProperty(label + ".counts", counts.toString());
    result.setProperty(label + ".reportBytes", String.valueOf(body.length()));
    System.out.printf("%s: %s, %d ms (%d %s)%n", label, mode, (done - start) / 1_000_000, matching, expected);
  }

  /** Polls the job until it is done or failed (the measurement overshoots by at most 5 %); its report as JSON. */
  private String awaitJob(String location, long start) throws Exception {
    URI job = URI.create(base).resolve(location);
    long deadline = start + patience.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> reply = http.send(HttpRequest.newBuilder(job).timeout(Duration.ofSeconds(60))
          .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
      JsonObject state = Json.createReader(new StringReader(reply.body())).readObject();
      switch (state.getString("state")) {
        case "done":
          return reply.body();
        case "failed":
          throw new IllegalStateException("import job failed: " + reply.body());
        default:
          // every request logs in (PBKDF2): poll at 5 % of the time so far (100 ms to 1 s), not to steal the server's CPU
          Thread.sleep(Math.max(100, Math.min(1000, (System.nanoTime() - start) / 20_000_000)));
      }
    }
    throw new IllegalStateException("import job not done in " + patience);
  }

  private long writeDocument() throws IOException {
    Files.createDirectories(document.toAbsolutePath().getParent());
    int[] used = new int[routers];
    try (BufferedWriter json = Files.newBufferedWriter(document, StandardCharsets.UTF_8)) {
      json.write("{\"customers\":[");
      for (int c = 0; c < customers; c++) {
        json.write(c == 0 ? "\n" : ",\n");
        json.write("""
            {"externalId":"BENCH-%05d","name":"bench-c%05d","displayName":"Bench customer %d",\
            "accountNumber":"ACC-%05d","contactName":"Ada","contactEmail":"noc@c%d.example.com","sites":["""
            .formatted(c, c, c, c, c));
        for (int s = 0; s < sites; s++) {
          int n = c * sites + s;
          int r = s % routers;
          json.write(s == 0 ? "" : ",");
          json.write("""
              {"externalId":"BENCH-%05d-S%02d","name":"site %d","router":"bench-mx%d",\
              "lanGateway":"10.%d.%d.1/24","contactEmail":"site%d@c%d.example.com","accessLinks":["""
              .formatted(c, s, s, r, n / 256, n % 256, s, c));
          for (int l = 0; l < links; l++) {
            int k = used[r]++;
            int vlan = 100 + k % 1000;
            json.write(l == 0 ? "" : ",");
            json.write("""
                {"externalId":"BENCH-%05d-S%02d-L%d","interfaceName":"ge-1/0/%d.%d","vlanId":%d,"role":"%s"}"""
                .formatted(c, s, l, k / 1000, vlan, vlan, l == 0 ? "vpn" : "internet"));
          }
          json.write("]}");
        }
        json.write("]}");
      }
      json.write("\n]}\n");
    }
    return Files.size(document);
  }

  private record Reply(int status, String body) {}

  private Reply send(String method, String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
