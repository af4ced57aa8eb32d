package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OSS import API end to end: validated whole, idempotent, nothing half-stored. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {
  private final Api admin = Api.asAdmin();
  private String mx;
  private String tag;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void router() {
    mx = Api.unique("mx");
    Fixtures.router(admin, mx);
    tag = Api.unique("t").substring(2);
  }

  /** A document of customers {@code c0..}, each with {@code sites} sites of one link each, on our router. */
  private String document(int customers, int sites) {
    StringBuilder json = new StringBuilder("{\"customers\":[");
    for (int c = 0; c < customers; c++) {
      json.append(c == 0 ? "" : ",").append("""
          {"externalId":"C-%s-%d","name":"imp%s-%d","displayName":"Imported %d","sites":[""".formatted(tag, c, tag, c, c));
      for (int s = 0; s < sites; s++) {
        int n = c * 100 + s;
        json.append(s == 0 ? "" : ",").append("""
            {"externalId":"S-%s-%d","name":"site %d","router":"%s","lanGateway":"10.%d.%d.1/24",
             "accessLinks":[{"externalId":"L-%s-%d","interfaceName":"ge-1/0/%d.%d","vlanId":%d,"role":"vpn"}]}"""
            .formatted(tag, n, s, mx, c, s, tag, n, s, 100 + n, 100 + n));
      }
      json.append("]}");
    }
    return json.append("]}").toString();
  }

  private Api.Reply importing(String body) {
    return admin.post("/imports", body);
  }

  private int count(String path) {
    return admin.get(path).json().getInt("count");
  }

  private static long importAuditRows() {
    return Long.parseLong(Database.column(
        "SELECT COUNT(*) FROM audit_entry WHERE channel = 'IMPORT' AND entity_type <> 'import'").get(0));
  }

  @Test
  void dryRunReportsAndStoresNothing() {
    Api.Reply reply = admin.post("/imports?dryRun=true", document(2, 2));
    assertEquals(200, reply.status(), reply::toString);
    JsonObject report = reply.json();
    assertTrue(report.getBoolean("dryRun"));
    assertEquals(2, report.getJsonObject("counts").getJsonObject("customer").getInt("created"));
    assertEquals(4, report.getJsonObject("counts").getJsonObject("access-link").getInt("created"));
    assertEquals(0, count("/customers?externalId=C-" + tag + "-0"));
    assertEquals(0, count("/sites?externalId=S-" + tag + "-0"));
  }

  @Test
  void importsThenRepeatsWithEverythingUnchangedAndNoNewAuditRows() {
    String doc = document(2, 3);
    Api.Reply first = importing(doc);
    assertEquals(200, first.status(), first::toString);
    JsonObject counts = first.json().getJsonObject("counts");
    assertEquals(2, counts.getJsonObject("customer").getInt("created"));
    assertEquals(6, counts.getJsonObject("site").getInt("created"));
    assertEquals(6, counts.getJsonObject("access-link").getInt("created"));
    assertFalse(first.body().contains("password\""), "no password in the report");
    assertEquals(1, count("/customers?externalId=C-" + tag + "-1"));
    long site = admin.get("/sites?externalId=S-" + tag + "-101").results().getJsonObject(0).getJsonNumber("id").longValue();
    String siteVersion = admin.get("/sites/" + site).header("ETag");
    assertEquals(1, count("/users?username=admin@imp" + tag + "-0"), "the new customer's administrator");

    long auditBefore = importAuditRows();
    long importEntries = count("/audit?entityType=import");
    Api.Reply again = importing(doc);
    assertEquals(200, again.status(), again::toString);
    for (String kind : List.of("customer", "site", "access-link")) {
      JsonObject byState = again.json().getJsonObject("counts").getJsonObject(kind);
      assertEquals(0, byState.getInt("created") + byState.getInt("updated"), kind + " " + again);
    }
    assertEquals(auditBefore, importAuditRows(), "unchanged entities get no audit rows");
    assertEquals(importEntries + 1, count("/audit?entityType=import"), "each import is one audit entry");
    assertEquals(siteVersion, admin.get("/sites/" + site).header("ETag"), "no version bump");
    JsonObject entry = admin.get("/audit?entityType=import&limit=1").results().getJsonObject(0);
    assertEquals("import", entry.getString("channel").toLowerCase());
  }

  @Test
  void namesEveryValidationErrorByItsPathAndStoresNothing() {
    Fixtures.customer(admin, "taken" + tag);
    String doc = """
        {"customers":[
          {"externalId":"E-%1$s-0","name":"ok%1$s","sites":[
            {"externalId":"ES-%1$s-0","name":"hq","router":"%2$s","lanGateway":"10.1.0.1/16","accessLinks":[
              {"externalId":"EL-%1$s-0","interfaceName":"ge-1/0/1.10","vlanId":10,"role":"vpn"},
              {"externalId":"EL-%1$s-1","interfaceName":"ge-1/0/1.11","vlanId":10,"role":"vpn"},
              {"externalId":"EL-%1$s-2","interfaceName":"ge-1/0/1.x","vlanId":4095,"role":"wan"}]},
            {"externalId":"ES-%1$s-1","name":"HQ","router":"nowhere-%1$s","lanGateway":"10.1.5.1/24"},
            {"externalId":"ES-%1$s-2","name":"lan","router":"%2$s","lanGateway":"10.9.0.0/24"},
            {"externalId":"ES-%1$s-3","name":"b","router":"%2$s","routingInstance":"ri-%1$s","lanGateway":"10.3.0.1/24"},
            {"externalId":"ES-%1$s-4","name":"c","router":"%2$s","routingInstance":"ri-%1$s","lanGateway":"10.4.0.1/24"}]},
          {"externalId":"E-%1$s-0","name":"taken%1$s"}]}""".formatted(tag, mx);
    Api.Reply reply = importing(doc);
    assertEquals(422, reply.status(), reply::toString);
    assertEquals("application/problem+json", reply.header("Content-Type"));
    List<String> fields = reply.errorFields();
    for (String expected : List.of(
        "customers[0].sites[0].accessLinks[2].interfaceName",
        "customers[0].sites[0].accessLinks[2].vlanId",
        "customers[0].sites[0].accessLinks[2].role",
        "customers[0].sites[1].router",
        "customers[0].sites[2].lanGateway",
        "customers[1].name",
        "customers[1].externalId")) {
      assertTrue(fields.contains(expected), expected + " in " + fields);
    }
    assertEquals(0, count("/customers?externalId=E-" + tag + "-0"));

    String crossChecks = """
        {"customers":[{"externalId":"E-%1$s-9","name":"ok%1$s","sites":[
            {"externalId":"ES-%1$s-0","name":"hq","router":"%2$s","lanGateway":"10.1.0.1/16","accessLinks":[
              {"externalId":"EL-%1$s-0","interfaceName":"ge-1/0/1.10","vlanId":10,"role":"vpn"},
              {"externalId":"EL-%1$s-1","interfaceName":"ge-1/0/1.11","vlanId":10,"role":"vpn"}]},
            {"externalId":"ES-%1$s-1","name":"HQ","router":"%2$s","lanGateway":"10.1.5.1/24"},
            {"externalId":"ES-%1$s-3","name":"b","router":"%2$s","routingInstance":"ri-%1$s","lanGateway":"10.3.0.1/24"},
            {"externalId":"ES-%1$s-4","name":"c","router":"%2$s","routingInstance":"ri-%1$s","lanGateway":"10.4.0.1/24"}]}]}"""
        .formatted(tag, mx);
    Api.Reply cross = importing(crossChecks);
    assertEquals(422, cross.status(), cross::toString);
    assertEquals(List.of("customers[0].sites[3].routingInstance", "customers[0].sites[1].name",
        "customers[0].sites[1].lanGateway", "customers[0].sites[0].accessLinks[1].vlanId"), cross.errorFields());
    assertEquals(0, count("/customers?externalId=E-" + tag + "-9"));
  }

  @Test
  void aDocumentWithOneLinkClashingWithStoredDataStoresNothingAtAll() {
    assertEquals(200, importing(document(1, 1)).status());
    String doc = document(3, 3).replace("\"interfaceName\":\"ge-1/0/2.302\",\"vlanId\":302",
        "\"interfaceName\":\"ge-1/0/0.999\",\"vlanId\":100");
    Api.Reply reply = importing(doc);
    assertEquals(422, reply.status(), reply::toString);
    assertEquals(List.of("customers[2].sites[2].accessLinks[0].vlanId"), reply.errorFields());
    assertEquals(0, count("/customers?externalId=C-" + tag + "-1"));
    assertEquals(0, count("/sites?externalId=S-" + tag + "-1"), "not even the first customer's new sites");
  }

  @Test
  void replaysTheReportForTheSameIdempotencyKeyAndRefusesItForAnotherBody() {
    String key = Api.unique("key");
    String doc = document(1, 2);
    Api.Reply first = admin.send("POST", "/imports", doc, Map.of("Idempotency-Key", key));
    assertEquals(200, first.status(), first::toString);
    Api.Reply replay = admin.send("POST", "/imports", doc, Map.of("Idempotency-Key", key));
    assertEquals(200, replay.status(), replay::toString);
    assertEquals("true", replay.header("Idempotent-Replayed"));
    assertEquals(first.json(), replay.json(), "the same report, created and all");

    Api.Reply other = admin.send("POST", "/imports", document(1, 3), Map.of("Idempotency-Key", key));
    assertEquals(422, other.status(), other::toString);
    assertEquals(List.of("Idempotency-Key"), other.errorFields());
    assertEquals(0, count("/sites?externalId=S-" + tag + "-2"), "the other body was not imported");
  }

  @Test
  void importsCsvAndNamesErrorsByRowAndColumn() {
    String header = "customerExternalId,customerName,siteExternalId,siteName,router,routingInstance,lanGateway,"
        + "linkExternalId,interfaceName,vlanId,role\n";
    String rows = """
        CSV-%1$s,csv%1$s,CS-%1$s-1,"Paris, HQ",%2$s,,10.8.0.1/24,CL-%1$s-1,ge-2/0/0.10,10,vpn
        CSV-%1$s,csv%1$s,CS-%1$s-1,"Paris, HQ",%2$s,,10.8.0.1/24,CL-%1$s-2,ge-2/0/0.11,11,internet
        CSV-%1$s,csv%1$s,CS-%1$s-2,Lyon,%2$s,,10.9.0.1/24,CL-%1$s-3,ge-2/0/1.10,10,vpn
        """.formatted(tag, mx);
    Api.Reply reply = csv(header + rows);
    assertEquals(200, reply.status(), reply::toString);
    assertEquals(3, reply.json().getJsonObject("counts").getJsonObject("access-link").getInt("created"));
    assertEquals("Paris, HQ", admin.get("/sites?externalId=CS-" + tag + "-1").results().getJsonObject(0).getString("name"));

    String bad = rows + "CSV-%1$s,csv%1$s,CS-%1$s-2,Lyon,%2$s,,10.9.0.1/24,CL-%1$s-4,ge-2/0/1.11,10,vpn\n".formatted(tag, mx)
        + "CSV-%1$s,csv%1$s,CS-%1$s-3,Nice,%2$s,,10.10.0.1/24,CL-%1$s-5,ge-2/0/2.5,many,vpn\n".formatted(tag, mx);
    Api.Reply refused = csv(header + bad);
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("rows[4].vlanId"), refused.errorFields());
    Api.Reply clash = csv(header + rows + "CSV-%1$s,csv%1$s,CS-%1$s-2,Lyon,%2$s,,10.9.0.1/24,CL-%1$s-4,ge-2/0/1.11,10,vpn\n"
        .formatted(tag, mx));
    assertEquals(422, clash.status(), clash::toString);
    assertEquals(List.of("rows[3].vlanId"), clash.errorFields());
  }

  private Api.Reply csv(String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/v1/imports"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "text/csv")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + System.getProperty("ccpe.it.admin-password")).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      return new Api.Reply(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void concurrentImportsOfOverlappingDocumentsStoreEachEntityOnce() throws Exception {
    String small = document(2, 2);
    String large = document(3, 3);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (String doc : List.of(small, large, small, large)) {
        replies.add(pool.submit(() -> importing(doc)));
      }
      for (Future<Api.Reply> reply : replies) {
        assertEquals(200, reply.get().status(), () -> reply.toString());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(3, count("/customers?name=imp" + tag));
    for (int c = 0; c < 3; c++) {
      assertEquals(3, count("/customers/" + admin.get("/customers?externalId=C-" + tag + "-" + c).results()
          .getJsonObject(0).getJsonNumber("id").longValue() + "/sites"));
    }
    assertEquals(9, count("/access-links?limit=1&router=" + routerId()), "each link once");
  }

  private long routerId() {
    return admin.get("/routers?name=" + mx).results().getJsonObject(0).getJsonNumber("id").longValue();
  }

  @Test
  void keepsTheDisplayNameTheCustomerChangedWhenImportedAgain() {
    String doc = document(1, 1);
    assertEquals(200, importing(doc).status());
    JsonObject customer = admin.get("/customers?externalId=C-" + tag + "-0").results().getJsonObject(0);
    long id = customer.getJsonNumber("id").longValue();
    Api.Reply renamed = admin.put("/customers/" + id,
        "{\"displayName\":\"Our own name\",\"externalId\":\"C-" + tag + "-0\"}");
    assertEquals(200, renamed.status(), renamed::toString);

    Api.Reply again = importing(doc);
    assertEquals(200, again.status(), again::toString);
    assertEquals("Our own name", admin.get("/customers/" + id).json().getString("displayName"));
    JsonObject row = again.json().getJsonArray("entities").stream().map(JsonValue::asJsonObject)
        .filter(r -> r.getString("kind").equals("customer")).findFirst().orElseThrow();
    assertEquals("unchanged", row.getString("state"));
    assertTrue(row.getJsonArray("notes").getString(0).startsWith("displayName kept"), row::toString);
  }

  /** Polls an import job (by the 202's location) until it is done or failed, at most a minute. */
  private JsonObject awaitJob(Api.Reply accepted) throws InterruptedException {
    assertEquals(202, accepted.status(), accepted::toString);
    String location = accepted.header("Location");
    assertTrue(location.contains("/api/v1/imports/"), location);
    String path = location.substring(location.indexOf("/api/v1") + "/api/v1".length());
    assertTrue(List.of("queued", "running", "done", "failed").contains(accepted.json().getString("state")),
        accepted::toString);
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      Api.Reply job = admin.get(path);
      assertEquals(200, job.status(), job::toString);
      String state = job.json().getString("state");
      if (state.equals("done") || state.equals("failed")) {
        return job.json();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import job " + location + " not finished in a minute");
  }

  @Test
  void asyncImportRunsAsAJobWhoseReportMatchesTheSynchronousOne() throws Exception {
    JsonObject job = awaitJob(admin.post("/imports?async=true", document(2, 3)));
    assertEquals("done", job.getString("state"), job::toString);
    assertEquals(14, job.getInt("entities"));
    assertEquals(14, job.getJsonObject("progress").getInt("done"));
    JsonObject counts = job.getJsonObject("report").getJsonObject("counts");
    assertEquals(2, counts.getJsonObject("customer").getInt("created"));
    assertEquals(6, counts.getJsonObject("access-link").getInt("created"));
    assertEquals("admin", job.getString("requestedBy"));
    assertEquals(1, count("/customers?externalId=C-" + tag + "-1"));
    JsonObject entry = admin.get("/audit?entityType=import&limit=1").results().getJsonObject(0);
    assertEquals("import", entry.getString("channel").toLowerCase(), "the job's import is audited as one");
    assertEquals("admin", entry.getString("actor"), "as the caller who posted it");

    JsonObject again = awaitJob(admin.post("/imports?async=true", document(2, 3)));
    assertEquals(6, again.getJsonObject("report").getJsonObject("counts").getJsonObject("site").getInt("unchanged"));
    assertEquals(404, admin.get("/imports/999999999").status());
  }

  @Test
  void asyncImportWithErrorsFailsWithEveryErrorByPathAndStoresNothing() throws Exception {
    String doc = document(3, 2).replace("\"vlanId\":201", "\"vlanId\":5000")
        .replace("\"lanGateway\":\"10.0.1.1/24\"", "\"lanGateway\":\"10.0.1.1/33\"");
    JsonObject job = awaitJob(admin.post("/imports?async=true", doc));
    assertEquals("failed", job.getString("state"), job::toString);
    JsonObject problem = job.getJsonObject("problem");
    assertEquals(422, problem.getInt("status"));
    List<String> fields = problem.getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field")).toList();
    assertTrue(fields.contains("customers[1].sites[1].accessLinks[0].vlanId"), fields::toString);
    assertTrue(fields.contains("customers[0].sites[1].lanGateway"), fields::toString);
    assertEquals(0, count("/customers?externalId=C-" + tag + "-0"), "nothing stored");
  }
}
