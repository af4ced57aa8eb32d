package org.ccpe.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * A NETCONF server we talk to, described once: address, credentials, the known hosts its SSH key is
 * checked against, and the limits every session to it obeys. Immutable and thread-safe; open as
 * many sessions from it as needed.
 *
 * <pre>{@code
 * Device router = Device.builder()
 *     .host("192.0.2.1").port(830)
 *     .username("ccpe").password(secret)
 *     .knownHosts(KnownHosts.file(Path.of("/etc/ccpe/known_hosts")))
 *     .build();
 * try (NetconfSession session = router.openSession()) { ... }
 * }</pre>
 */
public final class Device {
  private final String host;
  private final int port;
  private final String username;
  private final String password;
  private final List<KeyPair> keyPairs;
  private final List<Path> privateKeyFiles;
  private final KnownHosts knownHosts;
  private final boolean trustOnFirstUse;
  private final Duration connectTimeout;
  private final Duration replyTimeout;
  private final Duration commitTimeout;
  private final int maxReplySize;
  private final boolean probeAfterHello;

  private Device(Builder b) {
    host = Objects.requireNonNull(b.host, "host");
    port = b.port;
    username = Objects.requireNonNull(b.username, "username");
    password = b.password;
    keyPairs = List.copyOf(b.keyPairs);
    privateKeyFiles = List.copyOf(b.privateKeyFiles);
    knownHosts = Objects.requireNonNull(b.knownHosts, "knownHosts: host keys are always checked");
    trustOnFirstUse = b.trustOnFirstUse;
    connectTimeout = b.connectTimeout;
    replyTimeout = b.replyTimeout;
    commitTimeout = b.commitTimeout;
    maxReplySize = b.maxReplySize;
    probeAfterHello = b.probeAfterHello;
    if (password == null && keyPairs.isEmpty() && privateKeyFiles.isEmpty()) {
      throw new IllegalStateException("no credentials: give a password, a key pair or a private key file");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Connects, authenticates, checks the host key, exchanges hellos and returns the open session.
   *
   * @throws HostKeyRejectedException when the server's key is not trusted
   * @throws NetconfException when the server cannot be reached, refuses us, or sends no hello in time
   */
  public NetconfSession openSession() throws NetconfException {
    SshTransport transport = SshTransport.connect(this);
    return NetconfSession.over(transport, this);
  }

  /**
   * Stops the SSH client that all sessions of all devices share, closing the sessions still open;
   * the next {@link #openSession()} starts a new one. Call it when the application that uses this
   * library stops (e.g. on undeploy), so that no SSH thread outlives it.
   */
  public static void shutdownSharedClient() {
    SshTransport.shutdownSharedClient();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String username() {
    return username;
  }

  Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** The key pairs to offer: those given directly, then those read from the key files. */
  List<KeyPair> keyPairs() throws NetconfException {
    List<KeyPair> all = new ArrayList<>(keyPairs);
    for (Path file : privateKeyFiles) {
      try (InputStream in = Files.newInputStream(file)) {
        SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in, null).forEach(all::add);
      } catch (IOException | GeneralSecurityException e) {
        throw new NetconfException("cannot read private key " + file + ": " + e.getMessage(), e);
      }
    }
    return all;
  }

  public KnownHosts knownHosts() {
    return knownHosts;
  }

  public boolean trustOnFirstUse() {
    return trustOnFirstUse;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration replyTimeout() {
    return replyTimeout;
  }

  public Duration commitTimeout() {
    return commitTimeout;
  }

  public int maxReplySize() {
    return maxReplySize;
  }

  public boolean probeAfterHello() {
    return probeAfterHello;
  }

  @Override
  public String toString() {
    return "Device[" + username + "@" + host + ":" + port + "]";
  }

  /** Builds a {@link Device}; host, username, a credential and known hosts are required. */
  public static final class Builder {
    private String host;
    private int port = 830;
    private String username;
    private String password;
    private final List<KeyPair> keyPairs = new ArrayList<>();
    private final List<Path> privateKeyFiles = new ArrayList<>();
    private KnownHosts knownHosts;
    private boolean trustOnFirstUse;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration replyTimeout = Duration.ofSeconds(30);
    private Duration commitTimeout = Duration.ofMinutes(2);
    private int maxReplySize = 64 * 1024 * 1024;
    private boolean probeAfterHello = true;

    private Builder() {}

    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The NETCONF-over-SSH port; 830 unless set. */
    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    public Builder username(String username) {
      this.username = username;
      return this;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** A key pair for public-key authentication (several may be given; tried in order). */
    public Builder keyPair(KeyPair keyPair) {
      keyPairs.add(Objects.requireNonNull(keyPair));
      return this;
    }

    /** An unencrypted private key file (OpenSSH or PEM) for public-key authentication, read on connect. */
    public Builder privateKeyFile(Path file) {
      privateKeyFiles.add(Objects.requireNonNull(file));
      return this;
    }

    /** The host keys the server's key must be among. Required. */
    public Builder knownHosts(KnownHosts knownHosts) {
      this.knownHosts = knownHosts;
      return this;
    }

    /**
     * Accept and record the key of a host not yet in the known hosts (never a changed key). Off
     * unless asked for: it trusts whoever answers first.
     */
    public Builder trustOnFirstUse(boolean trustOnFirstUse) {
      this.trustOnFirstUse = trustOnFirstUse;
      return this;
    }

    /** Limit for TCP connect, SSH authentication, channel open and the server's hello. Default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout);
      return this;
    }

    /**
     * Limit for the reply to any RPC other than a commit, and for a send to find room in a server
     * that stopped reading (after which the session is closed). Default 30 s.
     */
    public Builder replyTimeout(Duration timeout) {
      this.replyTimeout = positive(timeout);
      return this;
    }

    /** Limit for the reply to a commit (routers can take long to commit). Default 2 min. */
    public Builder commitTimeout(Duration timeout) {
      this.commitTimeout = positive(timeout);
      return this;
    }

    /** Largest message accepted from the server; a bigger one ends the session. Default 64 MiB. */
    public Builder maxReplySize(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxReplySize below 1 KiB: " + bytes);
      }
      this.maxReplySize = bytes;
      return this;
    }

    /**
     * Before {@link Device#openSession()} returns, send a harmless {@code <get-config>} that selects
     * nothing and wait for its reply, resending it if it was lost (on by default). yuma123
     * netconfd silently drops an rpc that reaches it in the same read as the client's hello, which
     * a loaded machine can cause however long the client pauses; the probe's reply proves the
     * server reads our rpcs, at the cost of one round trip per session. Turn it off only for a
     * server known not to lose rpcs that way, or one that answers nothing on purpose (tests).
     */
    public Builder probeAfterHello(boolean probe) {
      this.probeAfterHello = probe;
      return this;
    }

    public Device build() {
      return new Device(this);
    }

    private static Duration positive(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      return timeout;
    }
  }
}
