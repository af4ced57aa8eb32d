package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.KnownHosts;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.simulator.Knobs;
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
 * The commit pipeline end to end: the server, driven by its own timer, brings service changes to
 * simulated MX routers that run in this test's JVM on loopback ports, through every failure a
 * real router shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningIT {
  private static final Duration PATIENCE = Duration.ofSeconds(40);
  private final Api admin = Api.asAdmin();
  private SimulatedRouter mx;
  private long router;
  private long customer;
  private int nextLan = 1;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void router() throws Exception {
    mx = SimulatedRouter.builder(Api.unique("mx")).user(Fixtures.SIMULATOR_USER, Fixtures.SIMULATOR_PASSWORD)
        .junosMinute(Duration.ofSeconds(3)).start();
    router = Fixtures.router(admin, mx);
    customer = Fixtures.customerId(Fixtures.customer(admin, Api.unique("prov")));
  }

  @AfterEach
  void stop() {
    mx.close();
  }

  @Test
  void bringsAServiceChangeToTheRoutersRunningConfiguration() {
    long site = siteWithLink("hq", 100);
    Api.Reply change = admin.put("/sites/" + site + "/services", """
        {"staticRoutes":[{"destination":"192.168.50.0/24","nextHop":"10.1.1.254"}],
         "dhcpServer":{"pools":[{"name":"lan","network":"10.1.1.0/24","ranges":[{"low":"10.1.1.100","high":"10.1.1.199"}],
           "dnsServers":["9.9.9.9"],"leaseTimeSeconds":3600}]}}""");
    assertEquals(202, change.status(), change::toString);
    assertTrue(change.header("Location").contains("/jobs/"), change.header("Location"));

    JsonObject job = awaitJob(change.json().getJsonObject("job").getJsonNumber("id").longValue(), "committed");
    assertFalse(job.getString("diff").isBlank(), "the router's own diff is kept");
    String running = mx.runningConfiguration();
    String instance = admin.get("/sites/" + site).json().getString("routingInstance");
    assertTrue(running.contains(instance), running);
    assertTrue(running.contains("192.168.50.0/24"), running);
    assertTrue(running.contains("10.1.1.199"), running);

    JsonObject services = admin.get("/sites/" + site + "/services").json();
    assertTrue(services.getBoolean("applied"));
    assertEquals(services.getJsonNumber("revision"), services.getJsonNumber("appliedRevision"));
  }

  @Test
  void coalescesManyChangesOfOneRouterIntoFewCommits() throws Exception {
    // a slow router: while it commits one batch, the other changes queue up behind it
    mx.knobs().commitLatency(Duration.ofSeconds(3));
    List<Long> sites = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      sites.add(siteWithLink("s" + i, 200 + i));
    }
    long commitsBefore = mx.counters().commits();
    List<java.util.concurrent.Future<Long>> queued = new ArrayList<>();
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      for (long site : sites) {
        String change = "{\"staticRoutes\":[{\"destination\":\"172.20.0.0/16\",\"nextHop\":\"" + gatewayNeighbour(site) + "\"}]}";
        queued.add(clients.submit(() -> {
          Api.Reply reply = admin.put("/sites/" + site + "/services", change);
          assertEquals(202, reply.status(), reply::toString);
          return reply.json().getJsonObject("job").getJsonNumber("id").longValue();
        }));
      }
      Set<String> batches = new HashSet<>();
      for (java.util.concurrent.Future<Long> job : queued) {
        batches.add(awaitJob(job.get(30, java.util.concurrent.TimeUnit.SECONDS), "committed").getString("commitBatch"));
      }
      long commits = mx.counters().commits() - commitsBefore;
      // one batch is one confirmed commit plus its confirmation, whatever number of sites it carries
      assertEquals(2L * batches.size(), commits, commits + " commits for " + batches.size() + " batches");
      assertTrue(batches.size() <= 4, "12 changes went out in " + batches.size() + " commits: not coalesced");
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void isolatesTheSiteTheRouterRefusesAndCommitsTheOthers() throws Exception {
    long good = siteWithLink("good", 300);
    long bad = siteWithLink("bad", 301);
    // out of band, someone already uses VLAN 301 on the bad site's port: commit check will refuse it
    try (NetconfSession session = session()) {
      session.lock(Datastore.CANDIDATE);
      session.junos().loadConfiguration(org.ccpe.netconf.Junos.LoadAction.MERGE, """
          <configuration><interfaces><interface><name>ge-0/0/1</name>
            <unit><name>999</name><vlan-id>301</vlan-id></unit></interface></interfaces></configuration>""");
      session.commit();
      session.unlock(Datastore.CANDIDATE);
    }
    long badJob = admin.put("/sites/" + bad + "/services", "{}").json().getJsonObject("job").getJsonNumber("id").longValue();
    long goodJob = admin.put("/sites/" + good + "/services", "{}").json().getJsonObject("job").getJsonNumber("id").longValue();

    JsonObject refused = awaitJob(badJob, "failed");
    assertTrue(refused.getString("message").contains("commit check failed"), refused::toString);
    assertFalse(refused.isNull("errorPath"), refused::toString);
    awaitJob(goodJob, "committed");
    String running = mx.runningConfiguration();
    assertTrue(running.contains(admin.get("/sites/" + good).json().getString("routingInstance")));
    assertFalse(running.contains(admin.get("/sites/" + bad).json().getString("routingInstance")));
    assertFalse(admin.get("/sites/" + bad + "/services").json().getBoolean("applied"));
  }

  @Test
  void retriesWhileTheRouterIsUnreachableAndCommitsWhenItIsBack() {
    long site = siteWithLink("later", 400);
    mx.knobs().refuseConnections(true);
    long job = admin.put("/sites/" + site + "/services", "{}").json().getJsonObject("job").getJsonNumber("id").longValue();
    JsonObject waiting = awaitJob(job, j -> j.getInt("attempts") >= 2 && "queued".equals(j.getString("state")));
    assertTrue(waiting.getString("message").contains("cannot talk to the router"), waiting::toString);
    mx.knobs().refuseConnections(false);
    awaitJob(job, "committed");
  }

  @Test
  void waitsForALockHeldByAnotherSession() throws Exception {
    long site = siteWithLink("locked", 500);
    long job;
    try (NetconfSession other = session()) {
      other.lock(Datastore.CANDIDATE);
      job = admin.put("/sites/" + site + "/services", "{}").json().getJsonObject("job").getJsonNumber("id").longValue();
      JsonObject waiting = awaitJob(job, j -> j.getInt("attempts") >= 1 && "queued".equals(j.getString("state")));
      assertTrue(waiting.getString("message").contains("locked"), waiting::toString);
      other.unlock(Datastore.CANDIDATE);
    }
    awaitJob(job, "committed");
  }

  @Test
  void resolvesACommitWhoseReplyWasLost() {
    long site = siteWithLink("lost", 600);
    mx.knobs().dropNextCommit(Knobs.CommitDrop.AFTER_COMMITTING);
    long job = admin.put("/sites/" + site + "/services", "{}").json().getJsonObject("job").getJsonNumber("id").longValue();
    JsonObject done = awaitJob(job, "committed");
    assertTrue(done.getInt("attempts") >= 2, "a second attempt settled it: " + done);
    // the router keeps it after the confirm timeout (3 s simulated minute): it was confirmed
    sleep(Duration.ofSeconds(4));
    assertTrue(mx.runningConfiguration().contains(admin.get("/sites/" + site).json().getString("routingInstance")));
  }

  @Test
  void removesTheContextOfADeletedSite() {
    long site = siteWithLink("gone", 700);
    String instance = admin.get("/sites/" + site).json().getString("routingInstance");
    awaitJob(admin.put("/sites/" + site + "/services", "{}").json().getJsonObject("job").getJsonNumber("id").longValue(),
        "committed");
    assertTrue(mx.runningConfiguration().contains(instance));

    assertEquals(204, admin.delete("/sites/" + site).status());
    JsonObject removal = admin.get("/jobs?site=" + site + "&limit=1").results().getJsonObject(0);
    assertEquals("remove", removal.getString("kind"));
    awaitJob(removal.getJsonNumber("id").longValue(), "committed");
    assertFalse(mx.runningConfiguration().contains(instance));
  }

  @Test
  void detectsDriftAndRepairsItByRepush() throws Exception {
    long site = siteWithLink("drifty", 150);
    String route = "{\"staticRoutes\":[{\"destination\":\"10.123.0.0/16\",\"nextHop\":\"" + gatewayNeighbour(site) + "\"}]}";
    awaitJob(admin.put("/sites/" + site + "/services", route).json().getJsonObject("job").getJsonNumber("id").longValue(),
        "committed");
    JsonObject clean = admin.post("/routers/" + router + "/drift-check", null).json();
    assertTrue(clean.isNull("unreachable"), clean::toString);
    assertFalse(clean.getJsonArray("sites").getJsonObject(0).getBoolean("drift"), clean::toString);

    // someone deletes our static route on the router, out of band
    String instance = admin.get("/sites/" + site).json().getString("routingInstance");
    try (NetconfSession session = session()) {
      session.lock(Datastore.CANDIDATE);
      session.junos().loadConfiguration(org.ccpe.netconf.Junos.LoadAction.MERGE, """
          <configuration><routing-instances><instance><name>%s</name><routing-options><static>
            <route delete="delete"><name>10.123.0.0/16</name></route></static></routing-options></instance>
          </routing-instances></configuration>""".formatted(instance));
      session.commit();
      session.unlock(Datastore.CANDIDATE);
    }
    assertFalse(mx.runningConfiguration().contains("10.123.0.0/16"));

    JsonObject drifted = admin.post("/routers/" + router + "/drift-check", null).json();
    assertTrue(drifted.getJsonArray("sites").getJsonObject(0).getBoolean("drift"), drifted::toString);
    JsonObject flagged = admin.get("/sites/" + site + "/services").json();
    assertTrue(flagged.getBoolean("drift"));
    assertTrue(flagged.getString("driftDiff").contains("10.123.0.0/16"), flagged::toString);

    Api.Reply repush = admin.post("/sites/" + site + "/repush", null);
    assertEquals(202, repush.status(), repush::toString);
    awaitJob(repush.json().getJsonObject("job").getJsonNumber("id").longValue(), "committed");
    assertTrue(mx.runningConfiguration().contains("10.123.0.0/16"), "ours won");
    assertFalse(admin.get("/sites/" + site + "/services").json().getBoolean("drift"));
  }

  @Test
  void dryRunShowsTheRoutersVerdictAndChangesNothing() {
    long site = siteWithLink("dry", 800);
    long commits = mx.counters().commits();
    Api.Reply dry = admin.put("/sites/" + site + "/services?dryRun=true",
        "{\"staticRoutes\":[{\"destination\":\"10.200.0.0/16\",\"nextHop\":\"" + gatewayNeighbour(site) + "\"}]}");
    assertEquals(200, dry.status(), dry::toString);
    assertTrue(dry.json().getBoolean("checkPassed"), dry::toString);
    assertTrue(dry.json().getString("diff").contains("10.200.0.0/16"), dry::toString);
    assertTrue(dry.json().getString("configuration").contains("<configuration"));
    assertEquals(commits, mx.counters().commits());
    assertFalse(admin.get("/sites/" + site + "/services").json().getBoolean("provisioned"));
    assertEquals(0, admin.get("/jobs?site=" + site).json().getInt("count"));
  }

  @Test
  void neverShowsTheSnmpCommunityInJobsDryRunsOrTheDocument() {
    long site = siteWithLink("secret", 950);
    String snmp = "{\"snmp\":{\"community\":\"Sekr1t-Comm\",\"clients\":[\"192.0.2.0/24\"]}}";
    Api.Reply dry = admin.put("/sites/" + site + "/services?dryRun=true", snmp);
    assertEquals(200, dry.status(), dry::toString);
    assertFalse(dry.body().contains("Sekr1t-Comm"), dry::toString);
    Api.Reply change = admin.put("/sites/" + site + "/services", snmp);
    JsonObject job = awaitJob(change.json().getJsonObject("job").getJsonNumber("id").longValue(), "committed");
    assertTrue(mx.runningConfiguration().contains("Sekr1t-Comm"), "the router has it");
    assertFalse(job.toString().contains("Sekr1t-Comm"), job::toString);
    assertFalse(admin.get("/jobs?site=" + site).body().contains("Sekr1t-Comm"));
    JsonObject services = admin.get("/sites/" + site + "/services").json();
    assertTrue(services.getBoolean("snmpCommunitySet"));
    assertFalse(services.toString().contains("Sekr1t-Comm"));
    assertFalse(admin.get("/audit?entityType=site-services&entityId=" + site).body().contains("Sekr1t-Comm"));
  }

  @Test
  void keepsTheEtagWhenTheRouterConfirmsAndRefusesAStaleOne() {
    long site = siteWithLink("etag", 960);
    Api.Reply first = admin.put("/sites/" + site + "/services", "{}");
    awaitJob(first.json().getJsonObject("job").getJsonNumber("id").longValue(), "committed");
    String tag = admin.get("/sites/" + site + "/services").header("ETag");
    assertEquals("\"1\"", tag, "revision 1, whatever the router's confirmation wrote");
    Api.Reply second = admin.put("/sites/" + site + "/services", "{}", java.util.Map.of("If-Match", tag));
    assertEquals(202, second.status(), second::toString);
    assertEquals(412, admin.put("/sites/" + site + "/services", "{}", java.util.Map.of("If-Match", tag)).status());
  }

  @Test
  void refusesAnInvalidDocumentWholeWith422() {
    long site = siteWithLink("strict", 900);
    Api.Reply reply = admin.put("/sites/" + site + "/services", """
        {"staticRoutes":[{"destination":"10.9.0.0/16","nextHop":"8.8.8.8"}],
         "dhcpRelay":{"servers":["not-an-address"]}}""");
    assertEquals(422, reply.status(), reply::toString);
    assertTrue(reply.errorFields().contains("staticRoutes[0].nextHop"), reply::toString);
    assertEquals(0, admin.get("/jobs?site=" + site).json().getInt("count"));
    assertFalse(admin.get("/sites/" + site + "/services").json().getBoolean("provisioned"));
  }

  private long siteWithLink(String name, int vlan) {
    int lan = nextLan++;
    long site = Fixtures.site(admin, customer, router, name, "10.1." + lan + ".1/24");
    Api.Reply link = Fixtures.link(admin, site, "ge-0/0/1." + vlan, vlan);
    assertEquals(201, link.status(), link::toString);
    return site;
  }

  private String gatewayNeighbour(long site) {
    String gateway = admin.get("/sites/" + site).json().getString("lanGateway");
    return gateway.substring(0, gateway.lastIndexOf('.')) + ".254";
  }

  private NetconfSession session() throws Exception {
    return Device.builder().host("127.0.0.1").port(mx.port()).username(Fixtures.SIMULATOR_USER).password(Fixtures.SIMULATOR_PASSWORD)
        .knownHosts(KnownHosts.inMemory()).trustOnFirstUse(true).build().openSession();
  }

  private JsonObject awaitJob(long id, String state) {
    return awaitJob(id, j -> state.equals(j.getString("state")));
  }

  private JsonObject awaitJob(long id, Predicate<JsonObject> done) {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonObject job = null;
    while (Instant.now().isBefore(deadline)) {
      job = admin.get("/jobs/" + id).json();
      if (done.test(job)) {
        return job;
      }
      sleep(Duration.ofMillis(200));
    }
    throw new AssertionError("job " + id + " did not get there in " + PATIENCE + ": " + job);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

}
