package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private net-snmp {@code snmpd} on a free loopback port, its config and log under {@code
 * target/snmp-peer/PORT} ({@code src/test/peer/snmp-peer.sh}, a copy of the team's peer script).
 * Either over this machine's own interfaces ({@link #plain()}), or over a network namespace of
 * its own holding veth pairs named like MX units ({@code xe-0-0-0.1} ... ; {@link
 * #withVethPairs(int)}), through which {@link #send(String, long)} pushes real frames.
 */
final class SnmpdPeer implements AutoCloseable {

  static final String COMMUNITY = "public";
  static final String PASSWORD_AUTH = "authpass123";
  static final String PASSWORD_PRIV = "privpass123";

  private static final Path SCRIPT = Path.of("src/test/peer/snmp-peer.sh");
  private static final Path DIR = Path.of("target/snmp-peer").toAbsolutePath();

  final int port;
  private final Thread stopOnExit;

  private SnmpdPeer(int port) {
    this.port = port;
    this.stopOnExit = new Thread(() -> run(30, "stop", Integer.toString(port)), "snmpd-peer-stop");
  }

  static SnmpdPeer plain() {
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/snmpd")), "net-snmp snmpd is not installed");
    SnmpdPeer peer = new SnmpdPeer(freeUdpPort());
    peer.start(List.of("start-plain", Integer.toString(peer.port)));
    return peer;
  }

  static SnmpdPeer withVethPairs(int interfaces) {
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/snmpd")), "net-snmp snmpd is not installed");
    assumeTrue(namespacesWork(), "network namespaces cannot be made here (needs root)");
    SnmpdPeer peer = new SnmpdPeer(freeUdpPort());
    peer.start(List.of("start-ns", Integer.toString(peer.port), Integer.toString(interfaces)));
    return peer;
  }

  /** Pushes {@code bytes} out of veth {@code ifName} (in on its peer) as raw Ethernet frames. */
  void send(String ifName, long bytes) {
    if (run(120, "traffic", Integer.toString(port), ifName, Long.toString(bytes)) != 0) {
      throw new IllegalStateException("traffic through " + ifName + " failed, see " + log("traffic"));
    }
  }

  /** Runs {@code ip link ...} inside the agent's namespace. */
  void ip(String... args) throws IOException, InterruptedException {
    List<String> argv = new ArrayList<>(List.of("ip", "-n", "snmpns" + port));
    argv.addAll(List.of(args));
    Process p = new ProcessBuilder(argv).inheritIO().start();
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("ip " + String.join(" ", args) + " failed");
    }
  }

  AgentTarget v2c() {
    return AgentTarget.of(1, "127.0.0.1", port, new SnmpCredentials.V2c(COMMUNITY));
  }

  AgentTarget v3(String user, SnmpCredentials.AuthProtocol auth) {
    return AgentTarget.of(
        1,
        "127.0.0.1",
        port,
        new SnmpCredentials.V3(
            user, auth, PASSWORD_AUTH, SnmpCredentials.PrivProtocol.AES128, PASSWORD_PRIV));
  }

  private void start(List<String> command) {
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    if (run(120, command.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("snmpd did not start, see " + log(command.get(0)));
    }
  }

  @Override
  public void close() {
    run(30, "stop", Integer.toString(port));
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private static boolean namespacesWork() {
    String probe = "ccpeprobe" + ProcessHandle.current().pid();
    try {
      Process add = new ProcessBuilder("ip", "netns", "add", probe).start();
      boolean ok = add.waitFor(10, TimeUnit.SECONDS) && add.exitValue() == 0;
      new ProcessBuilder("ip", "netns", "del", probe).start().waitFor(10, TimeUnit.SECONDS);
      return ok && Files.isExecutable(Path.of("/usr/bin/systemd-socket-activate"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private int run(int seconds, String... args) {
    try {
      Files.createDirectories(DIR);
      List<String> argv = new ArrayList<>(List.of("bash", SCRIPT.toAbsolutePath().toString()));
      argv.addAll(List.of(args));
      ProcessBuilder builder =
          new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log(args[0]).toFile());
      builder.environment().putAll(Map.of("SNMP_PEER_DIR", DIR.toString()));
      Process process = builder.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("snmp-peer.sh " + args[0] + " took over " + seconds + " s");
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run snmp-peer.sh " + args[0], e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Path log(String command) {
    return DIR.resolve(port + "-" + command + ".log");
  }

  /** Closes what a test class opened, in order, skipping what never opened. */
  static void closeAll(AutoCloseable... opened) throws Exception {
    for (AutoCloseable c : opened) {
      if (c != null) {
        c.close();
      }
    }
  }

  static int freeUdpPort() {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
