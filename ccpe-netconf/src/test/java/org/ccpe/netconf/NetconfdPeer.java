package org.ccpe.netconf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real NETCONF server for the tests: Debian's yuma123 {@code netconfd} behind a private OpenSSH
 * {@code sshd} on two free loopback ports, all files under {@code target/nc-peer}
 * ({@code src/test/peer/netconf-peer.sh}). Started once per test JVM by the first class that
 * registers it, stopped when the JUnit run ends (and by a shutdown hook if the JVM is stopped).
 * Installs the Debian packages only when they are missing, which needs root.
 */
final class NetconfdPeer implements BeforeAllCallback {
  static final String USER = "ncuser";
  static final String PASSWORD = "ncpass";
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NetconfdPeer.class);

  private Instance instance;

  @Override
  public void beforeAll(ExtensionContext context) {
    instance = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("netconfd", key -> Instance.start(), Instance.class);
  }

  /** The instance whose target is the candidate (:candidate, :confirmed-commit, :validate). */
  int candidatePort() {
    return instance.candidatePort;
  }

  /** The instance whose target is running (:writable-running, :startup; no candidate). */
  int runningPort() {
    return instance.runningPort;
  }

  Path dir() {
    return instance.dir;
  }

  /** A device on {@code port} with password login and the peer's real host keys as known hosts. */
  Device.Builder device(int port) {
    return Device.builder().host("127.0.0.1").port(port).username(USER).password(PASSWORD)
        .knownHosts(knownHosts()).replyTimeout(Duration.ofSeconds(10)).connectTimeout(Duration.ofSeconds(10));
  }

  /** The peer's host keys, as {@code ssh-keyscan} would list them, for both ports. */
  KnownHosts knownHosts() {
    StringBuilder lines = new StringBuilder();
    for (String type : List.of("ed25519", "rsa", "ecdsa")) {
      String[] key = read(instance.dir.resolve("ssh/ssh_host_" + type + "_key.pub")).strip().split(" ");
      for (int port : new int[] {instance.candidatePort, instance.runningPort}) {
        lines.append("[127.0.0.1]:").append(port).append(' ').append(key[0]).append(' ').append(key[1]).append('\n');
      }
    }
    return KnownHosts.of(lines.toString());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One running peer; closed by JUnit at the end of the run. */
  static final class Instance implements AutoCloseable {
    private final Path script = Path.of(System.getProperty("nc.peer.script", "src/test/peer/netconf-peer.sh"));
    private final Path dir;
    private final int candidatePort;
    private final int runningPort;
    private final Thread stopOnExit = new Thread(this::stop, "netconfd-peer-stop");

    private Instance(Path dir, int candidatePort, int runningPort) {
      this.dir = dir;
      this.candidatePort = candidatePort;
      this.runningPort = runningPort;
    }

    static Instance start() {
      int[] ports = freeLoopbackPorts(2);
      Instance peer = new Instance(reachableDir(), ports[0], ports[1]);
      if (peer.run("installed", 10) != 0) {
        assumeTrue("root".equals(System.getProperty("user.name")),
            "netconfd/sshd are not installed and installing them needs root");
        peer.runOrFail("install", 300);
      }
      peer.runOrFail("configure", 30);
      Runtime.getRuntime().addShutdownHook(peer.stopOnExit);
      peer.runOrFail("start", 30);
      return peer;
    }

    @Override
    public void close() {
      stop();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is running or ran
      }
    }

    private void stop() {
      run("stop", 30);
    }

    private void runOrFail(String command, int seconds) {
      if (run(command, seconds) != 0) {
        throw new IllegalStateException("netconf-peer.sh " + command + " failed, see " + log(command));
      }
    }

    private int run(String command, int seconds) {
      try {
        List<String> argv = new ArrayList<>(List.of("bash", script.toAbsolutePath().toString(), command));
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
            .redirectOutput(log(command).toFile());
        builder.environment().putAll(Map.of(
            "NC_PEER_DIR", dir.toString(),
            "NC_PORT_CANDIDATE", Integer.toString(candidatePort),
            "NC_PORT_RUNNING", Integer.toString(runningPort)));
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException("netconf-peer.sh " + command + " took over " + seconds + " s");
        }
        return process.exitValue();
      } catch (IOException e) {
        throw new IllegalStateException("cannot run netconf-peer.sh " + command, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private Path log(String command) {
      return dir.resolve("peer-" + command + ".log");
    }

    /**
     * target/nc-peer, unless the netconf user cannot walk down to it (the subsystem connects to a
     * socket in there as that user): then a private folder under /tmp.
     */
    private static Path reachableDir() {
      Path preferred = Path.of(System.getProperty("nc.peer.dir", "target/nc-peer")).toAbsolutePath();
      try {
        for (Path p = preferred.getParent(); p != null; p = p.getParent()) {
          if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
            return Files.createTempDirectory("ccpe-nc-peer");
          }
        }
        return Files.createDirectories(preferred);
      } catch (IOException e) {
        throw new IllegalStateException("cannot create the peer folder", e);
      }
    }

    private static int[] freeLoopbackPorts(int count) {
      List<ServerSocket> held = new ArrayList<>();
      try {
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
          ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
          held.add(socket);
          ports[i] = socket.getLocalPort();
        }
        return ports;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } finally {
        for (ServerSocket socket : held) {
          try {
            socket.close();
          } catch (IOException e) {
            // freeing a probe socket
          }
        }
      }
    }
  }

}
