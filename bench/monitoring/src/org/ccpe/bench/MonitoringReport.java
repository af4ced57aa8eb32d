package org.ccpe.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** The markdown table of one run: our poller against net-snmp's snmpbulkwalk over the same agents. */
public final class MonitoringReport {

  public static void main(String[] args) throws IOException {
    Properties poller = load(args[0]);
    Properties net = load(args[1]);
    Properties e2e = load(args[2]);
    double warm = d(poller, "warmWallMedianMs") / 1000;
    double warmCpu = d(poller, "warmCpuMedianMs") / 1000;
    double seq = d(net, "sequentialWallS");
    double par = d(net, "parallelWallS");
    System.out.printf("| client | wall time of one cycle | CPU time | values read |%n|---|---:|---:|---:|%n");
    System.out.printf("| SnmpPoller, cold cycle (names resolved, JIT cold) | %.2f s | %.2f s | %s readings |%n",
        d(poller, "coldWallMs") / 1000, d(poller, "coldCpuMs") / 1000, poller.getProperty("readings"));
    System.out.printf("| SnmpPoller, warm cycle (median of %s; max %.2f s) | %.2f s | %.2f s (max %.2f s) | %s readings |%n",
        poller.getProperty("warmCycles"), d(poller, "warmWallMaxMs") / 1000, warm, warmCpu,
        d(poller, "warmCpuMaxMs") / 1000, poller.getProperty("readings"));
    System.out.printf("| snmpbulkwalk, %s walks one after another | %.2f s | %.2f s | %s values |%n",
        net.getProperty("netsnmpProcesses"), seq, d(net, "sequentialCpuS"), net.getProperty("sequentialValues"));
    System.out.printf("| snmpbulkwalk, %s at once (xargs -P %s) | %.2f s | %.2f s | %s values |%n",
        net.getProperty("parallel"), net.getProperty("parallel"), par, d(net, "parallelCpuS"), net.getProperty("parallelValues"));
    if (e2e.containsKey("e2eWallMs")) {
      System.out.printf("| **end to end in the server**: timer fire → %s samples committed, %s cycles (ms each) | %s | %s (server process) | %s samples |%n",
          e2e.getProperty("e2eSamples"), e2e.getProperty("e2eCycles"), e2e.getProperty("e2eWallMs"),
          e2e.getProperty("e2eCpuMs"), e2e.getProperty("e2eSamples"));
      System.out.printf("%nServer: heap used at the end %s MiB; peak DB connections %s.%n",
          e2e.getProperty("e2eHeapUsedMiB"), e2e.getProperty("e2eDbConnections"));
    }
    System.out.printf("%nRatios (net-snmp / SnmpPoller warm): wall %.1fx sequential, %.1fx parallel; CPU %.1fx / %.1fx.%n",
        seq / warm, par / warm, d(net, "sequentialCpuS") / warmCpu, d(net, "parallelCpuS") / warmCpu);
    System.out.printf("Poller CPU over a 60 s polling interval: %.2f %% of one core (%.0f %% while the cycle runs).%n",
        warmCpu / 60 * 100, warmCpu / warm * 100);
    System.out.printf("Warm cycles (ms): %s; load at the end: %s%n", poller.getProperty("warmWallAllMs"), net.getProperty("load"));
  }

  private static double d(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key, "NaN"));
  }

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of(file))) {
      p.load(r);
    }
    return p;
  }
}
