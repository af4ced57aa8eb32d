package org.ccpe.bench;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ccpe.simulator.SimulatedRouter;

/**
 * Issue 4's provisioning benchmark, one run against a server that is already up (run.sh starts
 * and stops it): simulated MX routers in this JVM whose commits each take {@code
 * bench.commit-latency-ms}, a site per VLAN on each, then a burst of service changes through the
 * API; measures from the last change's 202 answer until every change's job is committed (the
 * latest {@code finishedAt}), and counts the commits the routers saw. Writes its figures to
 * {@code bench.out} as properties; {@code report FILE FILE} turns two runs into the table of
 * docs/BENCHMARKS.md.
 */
public final class ProvisioningBenchmark {
  private static final String PASSWORD = "Bench-Passw0rd";

  private final String mode = System.getProperty("bench.mode", "coalesced");
  private final int routers = Integer.getInteger("bench.routers", 10);
  private final int sitesPerRouter = Integer.getInteger("bench.sites-per-router", 100);
  private final int changes = Integer.getInteger("bench.changes", routers * sitesPerRouter);
  private final int clients = Integer.getInteger("bench.clients", 8);
  /** Sites per router provisioned before the measurement, so that both JVMs run the commit path compiled. */
  private final int warmUpSites = Integer.getInteger("bench.warmup-sites-per-router", 5);
  /** The server's process, whose CPU time over the measurement is set beside this JVM's (the simulators'). */
  private final long serverPid = Long.getLong("bench.server-pid", 0);
  private final Duration latency = Duration.ofMillis(Long.getLong("bench.commit-latency-ms", 2000));
  private final Duration patience = Duration.ofSeconds(Long.getLong("bench.timeout-s", 900));
  private final BenchApi api = new BenchApi(System.getProperty("bench.base-url", "http://127.0.0.1:8780/ccpe"),
      "admin", System.getProperty("bench.admin-password"));

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("report")) {
      BenchReport.print(load(Path.of(args[1])), load(Path.of(args[2])));
      return;
    }
    Path out = Path.of(System.getProperty("bench.out", "target/result.properties"));
    Properties result = new ProvisioningBenchmark().run();
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = Files.newBufferedWriter(out)) {
      result.store(writer, "ccpe provisioning benchmark");
    }
    System.exit(0); // the simulators' SSH threads are not daemons
  }

  private Properties run() throws Exception {
    if (changes > routers * sitesPerRouter) {
      throw new IllegalArgumentException("at most one change per site: " + changes + " > " + routers * sitesPerRouter);
    }
    List<SimulatedRouter> fleet = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (int r = 0; r < routers; r++) {
        fleet.add(SimulatedRouter.builder("bench-mx" + r).user("ccpe", PASSWORD).commitLatency(latency).start());
      }
      long[][] all = setUp(fleet, pool);
      long[][] sites = new long[routers][];
      long[][] warmUp = new long[routers][];
      for (int r = 0; r < routers; r++) {
        sites[r] = java.util.Arrays.copyOfRange(all[r], 0, sitesPerRouter);
        warmUp[r] = java.util.Arrays.copyOfRange(all[r], sitesPerRouter, all[r].length);
      }
      warmUp(warmUp, pool);
      return measure(fleet, sites, pool);
    } finally {
      pool.shutdownNow();
      fleet.forEach(SimulatedRouter::close);
    }
  }

  /**
   * Routers, one customer per router, and its sites (the measured ones, then the warm-up ones) each
   * with one access link; answers site ids [router][site].
   */
  private long[][] setUp(List<SimulatedRouter> fleet, ExecutorService pool) throws Exception {
    Instant start = Instant.now();
    int perRouter = sitesPerRouter + warmUpSites;
    long[][] sites = new long[routers][perRouter];
    List<Future<?>> work = new ArrayList<>();
    for (int r = 0; r < routers; r++) {
      SimulatedRouter mx = fleet.get(r);
      long router = api.post("/routers", """
          {"name":"%s","managementHost":"127.0.0.1","netconfPort":%d,"netconfUser":"ccpe","netconfPassword":"%s",
           "snmpCommunity":"public","servicesPic":"ms-1/0/0"}""".formatted(mx.name(), mx.port(), PASSWORD))
          .expect(201, "router").json().getJsonNumber("id").longValue();
      long customer = api.post("/customers", """
          {"name":"bench-c%d","displayName":"Bench customer %d","accountNumber":"ACC-B%d","contactName":"Ada",
           "contactEmail":"ada@example.com"}""".formatted(r, r, r))
          .expect(201, "customer").json().getJsonObject("customer").getJsonNumber("id").longValue();
      for (int s = 0; s < perRouter; s++) {
        int rr = r;
        int ss = s;
        work.add(pool.submit(() -> {
          long site = api.post("/customers/" + customer + "/sites", """
              {"name":"site-%d-%d","routerId":%d,"lanGateway":"10.%d.%d.1/24","contactEmail":"site@example.com"}"""
              .formatted(rr, ss, router, rr + 1, ss)).expect(201, "site").json().getJsonNumber("id").longValue();
          api.post("/sites/" + site + "/access-links", """
              {"interfaceName":"ge-0/0/1.%d","vlanId":%d,"role":"vpn","name":"uplink"}""".formatted(100 + ss, 100 + ss))
              .expect(201, "access link");
          sites[rr][ss] = site;
          return null;
        }));
      }
    }
    awaitAll(work, Duration.ofMinutes(10));
    // sites without service settings are not provisioned, so nothing should be queued; wait if anything is
    awaitTrue(() -> pending() == 0, Duration.ofMinutes(5), "setup jobs to drain");
    System.out.printf("setup: %d routers, %d sites with one access link each, in %.1f s%n",
        routers, routers * perRouter, seconds(Duration.between(start, Instant.now())));
    return sites;
  }

  /**
   * Provisions the warm-up sites and waits until they are committed: the server's commit path (and
   * the simulators' NETCONF path) is then compiled by the JIT, as in a server that has been up for
   * a while, rather than interpreted during the few batches that are measured.
   */
  private void warmUp(long[][] sites, ExecutorService pool) throws Exception {
    if (warmUpSites == 0) {
      return;
    }
    Instant start = Instant.now();
    List<Future<?>> work = new ArrayList<>();
    for (int r = 0; r < routers; r++) {
      for (int w = 0; w < sites[r].length; w++) {
        String body = "{\"staticRoutes\":[{\"destination\":\"172.20.0.0/16\",\"nextHop\":\"10." + (r + 1) + "."
            + (sitesPerRouter + w) + ".254\"}]}";
        long site = sites[r][w];
        work.add(pool.submit(() -> {
          api.put("/sites/" + site + "/services", body).expect(202, "warm-up change");
          return null;
        }));
      }
    }
    awaitAll(work, Duration.ofMinutes(5));
    awaitTrue(() -> pending() == 0, Duration.ofMinutes(5), "the warm-up changes to be committed");
    System.out.printf("warm-up: %d sites per router provisioned in %.1f s%n", warmUpSites,
        seconds(Duration.between(start, Instant.now())));
  }

  private Properties measure(List<SimulatedRouter> fleet, long[][] sites, ExecutorService pool) throws Exception {
    long commitsBefore = fleet.stream().mapToLong(mx -> mx.counters().commits()).sum();
    int committedBefore = api.count("/jobs?state=committed");
    int failedBefore = api.count("/jobs?state=failed");
    Set<Long> jobIds = ConcurrentHashMap.newKeySet();
    AtomicInteger conflicts = new AtomicInteger();
    List<Instant> answered = Collections.synchronizedList(new ArrayList<>());
    List<Future<?>> work = new ArrayList<>();
    Instant firstSent = Instant.now();
    for (int k = 0; k < changes; k++) {
      int r = k % routers; // interleaved: every router's queue fills at once, as with real OSS traffic
      int s = k / routers;
      long site = sites[r][s];
      work.add(pool.submit(() -> {
        String body = "{\"staticRoutes\":[{\"destination\":\"172.20.0.0/16\",\"nextHop\":\"10." + (r + 1) + "." + s
            + ".254\"}]}";
        BenchApi.Reply reply = api.put("/sites/" + site + "/services", body);
        // 409 "clashes with data stored meanwhile; retry": what an OSS does, a few times at most
        for (int attempt = 1; reply.status() == 409 && attempt <= 5; attempt++) {
          conflicts.incrementAndGet();
          Thread.sleep(50L * attempt);
          reply = api.put("/sites/" + site + "/services", body);
        }
        reply.expect(202, "service change");
        answered.add(Instant.now());
        jobIds.add(reply.json().getJsonObject("job").getJsonNumber("id").longValue());
        return null;
      }));
    }
    awaitAll(work, Duration.ofMinutes(10));
    double serverCpuAtLast = cpuSeconds(serverPid);
    double harnessCpuAtLast = cpuSeconds(ProcessHandle.current().pid());
    Instant lastQueued = Collections.max(answered);
    System.out.printf("queued %d changes in %.1f s (%d answered 409 and were sent again)%n", changes,
        seconds(Duration.between(firstSent, lastQueued)), conflicts.get());

    Instant deadline = Instant.now().plus(patience);
    int committed = 0;
    int failed = 0;
    while (Instant.now().isBefore(deadline)) {
      committed = api.count("/jobs?state=committed") - committedBefore;
      failed = api.count("/jobs?state=failed") - failedBefore;
      if (committed + failed >= changes) {
        break;
      }
      Thread.sleep(200);
    }
    Instant polledDone = Instant.now();
    double serverCpu = cpuSeconds(serverPid) - serverCpuAtLast;
    double harnessCpu = cpuSeconds(ProcessHandle.current().pid()) - harnessCpuAtLast;
    if (committed + failed < changes) {
      throw new IllegalStateException("only " + committed + " of " + changes + " committed (" + failed
          + " failed) after " + patience.toSeconds() + " s");
    }

    // every job of the run: when its batch was claimed and when it settled
    Map<String, Instant[]> batchSpan = new HashMap<>(); // batch -> [claimed, settled]
    Map<Long, String> finalBatch = new TreeMap<>(); // router -> its batch that settled last
    Instant lastCommitted = Instant.MIN;
    int total = api.count("/jobs");
    for (int offset = 0; offset < total; offset += 1000) {
      for (JsonValue row : api.get("/jobs?limit=1000&offset=" + offset).expect(200, "jobs").json().getJsonArray("results")) {
        JsonObject job = row.asJsonObject();
        if (!jobIds.contains(job.getJsonNumber("id").longValue()) || job.isNull("finishedAt") || job.isNull("commitBatch")) {
          continue;
        }
        Instant started = Instant.parse(job.getString("startedAt"));
        Instant finished = Instant.parse(job.getString("finishedAt"));
        lastCommitted = finished.isAfter(lastCommitted) ? finished : lastCommitted;
        Instant[] span = batchSpan.computeIfAbsent(job.getString("commitBatch"), b -> new Instant[] {started, finished});
        span[0] = started.isBefore(span[0]) ? started : span[0];
        span[1] = finished.isAfter(span[1]) ? finished : span[1];
        long router = job.getJsonNumber("routerId").longValue();
        String known = finalBatch.get(router);
        if (known == null || batchSpan.get(known)[1].isBefore(finished)) {
          finalBatch.put(router, job.getString("commitBatch"));
        }
      }
    }
    // the last batch of each router: how long after the last change it was claimed, and how long it took
    double finalClaimedAfter = Double.NEGATIVE_INFINITY;
    double finalDuration = 0;
    for (Map.Entry<Long, String> last : finalBatch.entrySet()) {
      Instant[] span = batchSpan.get(last.getValue());
      finalClaimedAfter = Math.max(finalClaimedAfter, seconds(Duration.between(lastQueued, span[0])));
      finalDuration = Math.max(finalDuration, seconds(Duration.between(span[0], span[1])));
    }
    long commits = fleet.stream().mapToLong(mx -> mx.counters().commits()).sum() - commitsBefore;
    Duration fromLast = Duration.between(lastQueued, lastCommitted);
    System.out.printf("%s: %d committed, %d failed, %.1f s from the last change queued to the last commit;"
            + " %d batches, %d router commits; CPU meanwhile: server %.1f s, simulators %.1f s%n",
        mode, committed, failed, seconds(fromLast), batchSpan.size(), commits, serverCpu, harnessCpu);

    Properties p = new Properties();
    p.setProperty("mode", mode);
    p.setProperty("routers", String.valueOf(routers));
    p.setProperty("sites", String.valueOf(routers * sitesPerRouter));
    p.setProperty("changes", String.valueOf(changes));
    p.setProperty("commitLatencyMs", String.valueOf(latency.toMillis()));
    p.setProperty("parallelRouters", System.getProperty("bench.parallel-routers", "10"));
    p.setProperty("committed", String.valueOf(committed));
    p.setProperty("failed", String.valueOf(failed));
    p.setProperty("queueSeconds", fmt(Duration.between(firstSent, lastQueued)));
    p.setProperty("fromLastQueuedSeconds", fmt(fromLast));
    p.setProperty("fromFirstQueuedSeconds", fmt(Duration.between(firstSent, lastCommitted)));
    p.setProperty("polledFromLastQueuedSeconds", fmt(Duration.between(lastQueued, polledDone)));
    p.setProperty("batches", String.valueOf(batchSpan.size()));
    p.setProperty("finalBatchClaimedAfterLastQueuedSeconds", String.format(java.util.Locale.ROOT, "%.2f", finalClaimedAfter));
    p.setProperty("finalBatchLongestSeconds", String.format(java.util.Locale.ROOT, "%.2f", finalDuration));
    p.setProperty("routerCommits", String.valueOf(commits));
    p.setProperty("conflictRetries", String.valueOf(conflicts.get()));
    p.setProperty("warmUpSitesPerRouter", String.valueOf(warmUpSites));
    // CPU from the last change answered until all were seen committed: the server's, and this JVM's
    // (the ten simulators, plus the polling client); 2 cores give at most 2 s per second
    p.setProperty("serverCpuSecondsAfterLastQueued", String.format(java.util.Locale.ROOT, "%.2f", serverCpu));
    p.setProperty("simulatorsCpuSecondsAfterLastQueued", String.format(java.util.Locale.ROOT, "%.2f", harnessCpu));
    return p;
  }

  /** A process's user + system CPU time so far, from /proc (0 when unknown). */
  static double cpuSeconds(long pid) {
    if (pid <= 0) {
      return 0;
    }
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in 1/100 s
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** Jobs not settled yet (queued, committing, or unknown). */
  private int pending() {
    return api.count("/jobs?state=queued") + api.count("/jobs?state=committing") + api.count("/jobs?state=unknown");
  }

  private static void awaitAll(List<Future<?>> work, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    for (Future<?> f : work) {
      f.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
    }
  }

  private static void awaitTrue(java.util.function.BooleanSupplier done, Duration limit, String what)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(limit);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("gave up waiting for " + what + " after " + limit.toSeconds() + " s");
      }
      Thread.sleep(250);
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (var reader = Files.newBufferedReader(file)) {
      p.load(reader);
    }
    return p;
  }

  static double seconds(Duration d) {
    return d.toMillis() / 1000.0;
  }

  private static String fmt(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.2f", seconds(d));
  }
}
