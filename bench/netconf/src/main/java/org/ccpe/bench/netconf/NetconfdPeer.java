package org.ccpe.bench.netconf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ccpe.netconf.KnownHosts;

/**
 * A private yuma123 netconfd behind its own OpenSSH sshd, run with ccpe-netconf's test peer
 * script; {@link #reset()} restarts it on an empty datastore so every client meets the same one.
 */
final class NetconfdPeer implements AutoCloseable {
  private final Path script;
  private final Path dir;
  private final int port;
  private final int spare;

  NetconfdPeer(Path script, Path dir) throws IOException {
    this.script = script;
    this.dir = dir;
    try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServerSocket b = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = a.getLocalPort();
      spare = b.getLocalPort();
    }
    Files.createDirectories(dir);
    if (run("installed") != 0) {
      throw new IllegalStateException("netconfd/sshd or the ncuser login are missing: run, as root, "
          + "NC_PEER_DIR=" + dir + " bash " + script + " install");
    }
    require("configure");
  }

  /** Stops and starts netconfd and sshd: an empty datastore, no session left. */
  Target reset() throws IOException {
    run("stop");
    require("start");
    StringBuilder hosts = new StringBuilder();
    for (String type : List.of("ed25519", "rsa", "ecdsa")) {
      String[] key = Files.readString(dir.resolve("ssh/ssh_host_" + type + "_key.pub")).strip().split(" ");
      hosts.append("[127.0.0.1]:").append(port).append(' ').append(key[0]).append(' ').append(key[1]).append('\n');
    }
    return new Target("netconfd", "127.0.0.1", port, "ncuser", "ncpass", KnownHosts.of(hosts.toString()),
        Workload.NETCONFD, true);
  }

  private void require(String command) throws IOException {
    if (run(command) != 0) {
      throw new IllegalStateException("netconf-peer.sh " + command + " failed: see " + dir.resolve(command + ".log"));
    }
  }

  private int run(String command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(command + ".log").toFile());
    builder.environment().putAll(Map.of("NC_PEER_DIR", dir.toString(), "NC_PORT_CANDIDATE", Integer.toString(port),
        "NC_PORT_RUNNING", Integer.toString(spare), "NC_LOG_LEVEL", "warn"));
    Process process = builder.start();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("netconf-peer.sh " + command + " took over 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return process.exitValue();
  }

  @Override
  public void close() throws IOException {
    run("stop");
  }
}
