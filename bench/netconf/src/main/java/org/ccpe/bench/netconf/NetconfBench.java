package org.ccpe.bench.netconf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccpe.netconf.KnownHosts;
import org.ccpe.simulator.SimulatedRouter;

/**
 * The NETCONF benchmark of issue 3: for the real netconfd and the MX simulator (no latency), each
 * freshly reset per client, measures our client, a raw framed-bytes client (the floor) and
 * python3-ncclient through the same {@link Plan}, and prints one markdown table. Every call has a
 * timeout; replies that never came are counted as lost, calls that outlived their timeout by far
 * (the watchdog's verdict) as hangs.
 */
public final class NetconfBench {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration HANG = TIMEOUT.plusSeconds(5);
  private static final List<String> CLIENTS = List.of("ours", "raw", "ncclient");
  private static final int WARM_UP_EDITS = 100;

  private NetconfBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Path peerScript = Path.of(options.get("--peer-script"));
    Path peerDir = Path.of(options.get("--peer-dir"));
    Path ncclient = Path.of(options.get("--ncclient"));
    Path out = Path.of(options.get("--out"));
    String load = Files.readString(Path.of("/proc/loadavg")).trim();

    Map<String, Map<String, Result>> results = new LinkedHashMap<>();
    try (NetconfdPeer netconfd = new NetconfdPeer(peerScript, peerDir)) {
      Plan plan = new Plan(Workload.NETCONFD);
      warmUp(netconfd.reset(), plan);
      Map<String, Result> row = new LinkedHashMap<>();
      for (String client : CLIENTS) {
        row.put(client, measure(client, netconfd.reset(), plan, ncclient, peerDir));
        System.err.println("netconfd " + client + " done");
      }
      results.put("netconfd 2.13", row);
    }
    Plan junos = new Plan(Workload.JUNOS);
    try (SimulatedRouter router = SimulatedRouter.builder("mx-warm-up").start()) {
      warmUp(simulatorTarget(router), junos);
    }
    Map<String, Result> row = new LinkedHashMap<>();
    for (String client : CLIENTS) {
      try (SimulatedRouter router = SimulatedRouter.builder("mx-bench").start()) {
        row.put(client, measure(client, simulatorTarget(router), junos, ncclient, peerDir));
        System.err.println("simulator " + client + " done");
      }
    }
    results.put("MX simulator (no latency)", row);

    String table = table(results, load, Files.readString(Path.of("/proc/loadavg")).trim());
    System.out.println(table);
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
    org.ccpe.netconf.Device.shutdownSharedClient();
    System.exit(0);
  }

  private static Target simulatorTarget(SimulatedRouter router) {
    return new Target("simulator", router.host(), router.port(), router.user(), router.password(),
        KnownHosts.inMemory().add(router.host(), router.port(), router.hostKey()), Workload.JUNOS, false);
  }

  /**
   * Untimed: both Java clients run a short plan against a server that is reset (netconfd) or
   * thrown away (simulator) afterwards, so the JIT has compiled the client code, and the
   * simulator's server code (it shares this JVM), before anything is measured; otherwise the
   * first client measured pays for everybody's warm-up.
   */
  private static void warmUp(Target target, Plan plan) throws Exception {
    for (BenchSession.Opener opener : List.of(OurClient.to(target, plan, TIMEOUT), RawClient.to(target, plan, TIMEOUT))) {
      for (int round = 0; round < 3; round++) {
        opener.open().close();
      }
      try (BenchSession session = opener.open()) {
        if (target.losesRpcWithHello()) {
          Thread.sleep(50);
        }
        for (int i = 0; i < WARM_UP_EDITS; i++) {
          session.editOne(i);
          session.commit();
        }
        for (int i = 0; i < 3; i++) {
          session.getAll();
          session.getAllParsed();
        }
      }
    }
  }

  private static Result measure(String client, Target target, Plan plan, Path ncclient, Path workDir) throws Exception {
    return switch (client) {
      case "ours" -> measure(OurClient.to(target, plan, TIMEOUT), false);
      case "raw" -> measure(RawClient.to(target, plan, TIMEOUT), target.losesRpcWithHello());
      default -> NcclientRun.run(ncclient, workDir, target, plan, TIMEOUT);
    };
  }

  /** The plan for one Java client; {@code pause} once before the first rpc, untimed (netconfd's quirk). */
  static Result measure(BenchSession.Opener opener, boolean pause) throws Exception {
    Result result = new Result();
    Watchdog watchdog = new Watchdog(result);
    try {
      for (int i = 0; i < Plan.SETUPS; i++) {
        long start = watchdog.begin(null);
        BenchSession session = opener.open();
        result.setup.addNanos(watchdog.end(start));
        session.close();
      }
      try (BenchSession session = opener.open()) {
        if (pause) {
          Thread.sleep(50);
        }
        for (int i = 0; i < Plan.EDITS; i++) {
          int entry = i;
          timed(result, result.editCommit, watchdog, session, () -> {
            session.editOne(entry);
            session.commit();
          });
        }
        for (int r = 0; r < Plan.BULK_REPS; r++) {
          int rep = r;
          timed(result, result.bulk, watchdog, session, () -> {
            session.editBulk(rep);
            session.commit();
          });
        }
        for (int i = 0; i < Plan.GETS; i++) {
          timed(result, result.get, watchdog, session, () -> result.getBytes = Math.max(result.getBytes, session.getAll()));
        }
        if (session.getAllParsed() >= 0) { // untimed first call: only clients with a DOM go on
          for (int i = 0; i < Plan.GETS; i++) {
            timed(result, result.getDom, watchdog, session, session::getAllParsed);
          }
        }
      }
    } catch (Exception e) {
      result.failure = e.toString();
    } finally {
      watchdog.stop();
    }
    return result;
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void timed(Result result, Samples samples, Watchdog watchdog, BenchSession session, Step step) {
    long start = watchdog.begin(session);
    try {
      step.run();
      samples.addNanos(watchdog.end(start));
    } catch (LostReplyException e) {
      watchdog.end(start);
      result.lost++;
    } catch (Exception e) {
      watchdog.end(start);
      result.errors++;
      if (result.failure == null) {
        result.failure = e.toString();
      }
    }
  }

  /** Notices a call that outlives its timeout by far, counts it as a hang and closes its session. */
  private static final class Watchdog {
    private final Result result;
    private final Thread thread;
    private volatile long callStart;
    private volatile BenchSession session;

    Watchdog(Result result) {
      this.result = result;
      thread = new Thread(this::watch, "bench-watchdog");
      thread.setDaemon(true);
      thread.start();
    }

    long begin(BenchSession current) {
      session = current;
      long now = System.nanoTime();
      callStart = now;
      return now;
    }

    long end(long start) {
      long elapsed = System.nanoTime() - start;
      callStart = 0;
      return elapsed;
    }

    private void watch() {
      while (!Thread.currentThread().isInterrupted()) {
        long started = callStart;
        if (started != 0 && System.nanoTime() - started > HANG.toNanos()) {
          result.hangs++;
          callStart = 0;
          BenchSession stuck = session;
          if (stuck != null) {
            stuck.close();
          }
        }
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void stop() {
      thread.interrupt();
    }
  }

  private static String table(Map<String, Map<String, Result>> results, String loadBefore, String loadAfter) {
    StringBuilder md = new StringBuilder();
    md.append("Run ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
        .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average before ")
        .append(loadBefore.split(" ")[0]).append(" / after ").append(loadAfter.split(" ")[0]).append(".\n\n");
    md.append("| server | client | setup median / p95 (ms) | edit-config + commit, 1 entry: median / p95 (ms) "
        + "| edit-config 1,000 entries + commit: median (ms) | get-config: median (ms) [size] "
        + "| lost replies | hangs | errors |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    List<String> ratios = new ArrayList<>();
    for (Map.Entry<String, Map<String, Result>> server : results.entrySet()) {
      long size = server.getValue().values().stream().mapToLong(r -> r.getBytes).max().orElse(0);
      for (Map.Entry<String, Result> client : server.getValue().entrySet()) {
        Result r = client.getValue();
        md.append("| ").append(server.getKey()).append(" | ").append(client.getKey())
            .append(" | ").append(ms(r.setup.median())).append(" / ").append(ms(r.setup.p95()))
            .append(" | ").append(ms(r.editCommit.median())).append(" / ").append(ms(r.editCommit.p95()))
            .append(" | ").append(ms(r.bulk.median()))
            .append(" | ").append(ms(r.get.median())).append(" [").append(size / 1024).append(" KB]")
            .append(" | ").append(r.lost).append(" | ").append(r.hangs).append(" | ").append(r.errors)
            .append(" |\n");
        if (r.failure != null) {
          ratios.add("- " + server.getKey() + ", " + client.getKey() + ": " + r.failure);
        }
      }
      Result ours = server.getValue().get("ours");
      Result raw = server.getValue().get("raw");
      ratios.add(String.format(Locale.ROOT, "- %s, ours / raw (medians): setup %.2f× (goal ≤ 1.1), edit+commit %.2f× "
              + "(goal ≤ 1.3), 1,000-entry edit+commit %.2f×, get-config %.2f× (goal ≤ 1.3)", server.getKey(),
          ours.setup.median() / raw.setup.median(), ours.editCommit.median() / raw.editCommit.median(),
          ours.bulk.median() / raw.bulk.median(), ours.get.median() / raw.get.median()));
      ratios.add(String.format(Locale.ROOT, "- %s, ours with the reply's DOM built (`data()`): get-config median %s ms, "
          + "%.2f× raw", server.getKey(), ms(ours.getDom.median()), ours.getDom.median() / raw.get.median()));
    }
    md.append('\n');
    ratios.forEach(line -> md.append(line).append('\n'));
    md.append(String.format(Locale.ROOT, "%nSamples per client: %d setups, %d edit+commit, %d bulk, %d get-config; "
        + "timeout %d s per call.%n", Plan.SETUPS, Plan.EDITS, Plan.BULK_REPS, Plan.GETS, TIMEOUT.toSeconds()));
    return md.toString();
  }

  private static String ms(double millis) {
    return Double.isNaN(millis) ? "–" : String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.1f", millis);
  }
}
