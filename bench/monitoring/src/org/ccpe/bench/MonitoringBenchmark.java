package org.ccpe.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ccpe.monitoring.snmp.AgentTarget;
import org.ccpe.monitoring.snmp.PollOutcome;
import org.ccpe.monitoring.snmp.PollPlan;
import org.ccpe.monitoring.snmp.RateCalculator;
import org.ccpe.monitoring.snmp.RateResult;
import org.ccpe.monitoring.snmp.SnmpCredentials;
import org.ccpe.monitoring.snmp.SnmpPoller;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;

/**
 * Issue 5's monitoring benchmark, the poller's part (see README.md). Two roles, run as two JVMs so
 * the poller's CPU time is its own:
 *
 * <pre>
 *   agents AGENTS INTERFACES BASE_PORT READY_FILE   simulated MX agents on 127.0.0.1:BASE_PORT+i
 *   poll   AGENTS INTERFACES BASE_PORT CYCLES OUT   one cold cycle, then CYCLES warm ones
 * </pre>
 */
public final class MonitoringBenchmark {

  static final String COMMUNITY = "public";

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "agents" -> agents(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
      case "poll" -> poll(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
          Integer.parseInt(args[4]), Path.of(args[5]));
      default -> throw new IllegalArgumentException("agents | poll");
    }
  }

  static String unit(int i) {
    return "ge-0/0/" + (i / 10) + "." + (100 + i % 10);
  }

  /** Agents with traffic on every unit, until the JVM is stopped. */
  static void agents(int agents, int interfaces, int basePort, Path ready) throws Exception {
    List<SimulatedSnmpAgent> started = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder()
          .bind("127.0.0.1", basePort + a)
          .community(COMMUNITY)
          .interfaces(interfaces, MonitoringBenchmark::unit)
          .sparseIfIndex(true)
          .start();
      for (int i = 0; i < interfaces; i++) {
        agent.interfaceNamed(unit(i)).traffic(1e6 * (1 + i % 50), 2e5 * (1 + i % 50));
      }
      started.add(agent);
    }
    Files.writeString(ready, "ready\n");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(SimulatedSnmpAgent::close)));
    Thread.currentThread().join();
  }

  record Cycle(long wallNanos, long cpuNanos, int reached, int readings, int rates) {}

  /** A cold cycle (names resolved), then warm ones (known indexes), as the timer would run them. */
  static void poll(int agents, int interfaces, int basePort, int cycles, Path out) throws Exception {
    Set<String> names = IntStream.range(0, interfaces).mapToObj(MonitoringBenchmark::unit).collect(Collectors.toSet());
    List<AgentTarget> targets = new ArrayList<>();
    List<PollPlan> plans = new ArrayList<>();
    for (int a = 0; a < agents; a++) {
      targets.add(new AgentTarget(a + 1, "127.0.0.1", basePort + a, new SnmpCredentials.V2c(COMMUNITY),
          Duration.ofSeconds(2), 2, 50, 4));
      plans.add(PollPlan.firstTime(names));
    }
    List<Cycle> measured = new ArrayList<>();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<PollOutcome.Reached> last = new ArrayList<>();
    try (SnmpPoller poller = new SnmpPoller()) {
      for (int c = 0; c <= cycles; c++) {
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<CompletableFuture<PollOutcome>> polls = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
          polls.add(poller.poll(targets.get(a), plans.get(a)).toCompletableFuture());
        }
        CompletableFuture.allOf(polls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<PollOutcome.Reached> now = new ArrayList<>();
        int readings = 0;
        int rates = 0;
        for (int a = 0; a < agents; a++) {
          if (polls.get(a).join() instanceof PollOutcome.Reached r) {
            now.add(r);
            readings += r.readings().size();
            plans.set(a, plans.get(a).next(r));
            rates += last.isEmpty() ? 0 : rates(last.get(a), r);
          } else {
            throw new IllegalStateException("agent " + a + ": " + polls.get(a).join());
          }
        }
        long wall = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        measured.add(new Cycle(wall, cpu, now.size(), readings, rates));
        System.out.printf("cycle %d: %d agents, %d readings, %d rates in %.0f ms, CPU %.0f ms%n",
            c, now.size(), readings, rates, wall / 1e6, cpu / 1e6);
        last = now;
        Thread.sleep(1000); // counters move between cycles, as they would in 60 s
      }
    }
    write(out, measured);
  }

  /** What the storage side will do with each pair of readings; here only counted. */
  static int rates(PollOutcome.Reached r0, PollOutcome.Reached r1) {
    int n = 0;
    for (var e : r1.readings().entrySet()) {
      var before = r0.readings().get(e.getKey());
      if (before != null && RateCalculator.between(r0.at(), r0.sysUpTimeTicks(), before, r1.at(),
          r1.sysUpTimeTicks(), e.getValue()) instanceof RateResult.Rates) {
        n++;
      }
    }
    return n;
  }

  static void write(Path out, List<Cycle> cycles) throws IOException {
    Cycle cold = cycles.get(0);
    long[] wall = cycles.stream().skip(1).mapToLong(Cycle::wallNanos).sorted().toArray();
    long[] cpu = cycles.stream().skip(1).mapToLong(Cycle::cpuNanos).sorted().toArray();
    Map<String, Object> p = new HashMap<>();
    p.put("agents", cold.reached());
    p.put("readings", cold.readings());
    p.put("coldWallMs", ms(cold.wallNanos()));
    p.put("coldCpuMs", ms(cold.cpuNanos()));
    p.put("warmCycles", wall.length);
    p.put("warmWallMedianMs", ms(wall[wall.length / 2]));
    p.put("warmWallMaxMs", ms(wall[wall.length - 1]));
    p.put("warmCpuMedianMs", ms(cpu[cpu.length / 2]));
    p.put("warmCpuMaxMs", ms(cpu[cpu.length - 1]));
    p.put("lastRates", cycles.get(cycles.size() - 1).rates());
    p.put("warmWallAllMs", Arrays.toString(cycles.stream().skip(1).mapToLong(c -> Math.round(ms(c.wallNanos()))).toArray()));
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      p.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> w.println(e.getKey() + "=" + e.getValue()));
    }
  }

  static double ms(long nanos) {
    return Math.round(nanos / 1e5) / 10.0;
  }
}
