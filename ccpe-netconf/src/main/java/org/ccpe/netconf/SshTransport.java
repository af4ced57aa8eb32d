package org.ccpe.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.session.helpers.MissingAttachedSessionException;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * The SSH leg (RFC 6242): one SSH connection per session, authenticated by password and/or key
 * pairs, carrying the {@code netconf} subsystem. All sessions share one lazily started MINA client
 * (its I/O threads are daemons), so opening a session costs a connection, not a thread pool;
 * {@link Device#shutdownSharedClient()} stops it.
 */
final class SshTransport implements Transport {
  /** What a router that accepts TCP and hangs up at once (overloaded, or refusing us) looks like. */
  private static final String CLOSED_IN_HANDSHAKE = "the server closed the connection before the SSH handshake completed";
  private static final AttributeKey<HostKeyCheck> HOST_KEY_CHECK = new AttributeKey<>();

  private final ClientSession session;
  private final ChannelSubsystem channel;
  private final Relay relay;
  private final String peer;

  private SshTransport(ClientSession session, ChannelSubsystem channel, Relay relay, String peer) {
    this.session = session;
    this.channel = channel;
    this.relay = relay;
    this.peer = peer;
  }

  static SshTransport connect(Device device) throws NetconfException {
    String peer = device.username() + "@" + device.host() + ":" + device.port();
    HostKeyCheck check = new HostKeyCheck(device);
    ClientSession session;
    try {
      session = SharedClient.get()
          .connect(device.username(), device.host(), device.port(), AttributeRepository.ofKeyValuePair(HOST_KEY_CHECK, check))
          .verify(device.connectTimeout())
          .getSession();
    } catch (IOException e) {
      throw cannotConnect(device, causedBy(e, MissingAttachedSessionException.class) ? CLOSED_IN_HANDSHAKE : e.getMessage(), e);
    }
    try {
      device.password().ifPresent(session::addPasswordIdentity);
      for (KeyPair key : device.keyPairs()) {
        session.addPublicKeyIdentity(key);
      }
      try {
        session.auth().verify(device.connectTimeout());
      } catch (IOException e) {
        if (check.rejection != null) {
          throw new HostKeyRejectedException(check.rejection);
        }
        if (session.getServerKey() == null) {
          throw cannotConnect(device, CLOSED_IN_HANDSHAKE + " (" + e.getMessage() + ")", e);
        }
        throw new NetconfException("SSH authentication as " + peer + " failed: " + e.getMessage(), e);
      }
      ChannelSubsystem channel = session.createSubsystemChannel("netconf");
      Relay relay = new Relay();
      channel.setOut(relay); // the channel pushes what it receives to us, and opens its window as soon as we took it
      channel.setErr(OutputStream.nullOutputStream()); // a subsystem's stderr is not NETCONF
      channel.addCloseFutureListener(closed -> relay.end());
      channel.open().verify(device.connectTimeout());
      return new SshTransport(session, channel, relay, peer);
    } catch (NetconfException e) {
      session.close(true);
      throw e;
    } catch (IOException e) {
      session.close(true);
      throw new NetconfException("cannot open the netconf subsystem on " + peer + ": " + e.getMessage(), e);
    }
  }

  private static NetconfException cannotConnect(Device device, String why, IOException cause) {
    return new NetconfException("cannot connect to " + device.host() + ":" + device.port() + ": " + why, cause);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** Not used: what the channel receives is pushed, see {@link #start}. */
  @Override
  public InputStream input() {
    throw new UnsupportedOperationException("the SSH transport pushes what it receives");
  }

  /** From now on, the channel's I/O thread hands each piece of data it receives to {@code receiver}. */
  @Override
  public void start(Receiver receiver) {
    relay.attach(receiver);
  }

  @Override
  public OutputStream output() {
    return channel.getInvertedIn();
  }

  @Override
  public String peer() {
    return peer;
  }

  @Override
  public void close() {
    channel.close(true);
    session.close(true);
  }

  /**
   * What the channel receives, passed on in order to the receiver once one is attached (kept until
   * then: the server's hello may arrive before). Synchronized, so the receiver sees one call at a
   * time and everything delivered before.
   */
  private static final class Relay extends OutputStream {
    private Receiver receiver;
    private java.io.ByteArrayOutputStream early = new java.io.ByteArrayOutputStream();
    private boolean ended;

    synchronized void attach(Receiver target) {
      receiver = target;
      if (early.size() > 0) {
        target.received(early.toByteArray(), 0, early.size());
      }
      early = null;
      if (ended) {
        target.ended(null);
      }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int count) {
      if (ended) {
        return;
      }
      if (receiver == null) {
        early.write(bytes, offset, count);
      } else {
        receiver.received(bytes, offset, count);
      }
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    synchronized void end() {
      if (ended) {
        return;
      }
      ended = true;
      if (receiver != null) {
        receiver.ended(null);
      }
    }
  }

  /** The host key rules of one connection attempt, and why it was refused if it was. */
  private static final class HostKeyCheck {
    private final Device device;
    private volatile String rejection;

    HostKeyCheck(Device device) {
      this.device = device;
    }

    boolean verify(PublicKey offered) {
      String host = device.host();
      int port = device.port();
      switch (device.knownHosts().check(host, port, offered)) {
        case TRUSTED:
          return true;
        case UNKNOWN_HOST:
          if (device.trustOnFirstUse()) {
            device.knownHosts().add(host, port, offered);
            return true;
          }
          rejection = "host key of " + host + ":" + port + " (" + fingerprint(offered) + ") is not in the known hosts"
              + " and trust-on-first-use is off";
          return false;
        default:
          rejection = "HOST KEY MISMATCH for " + host + ":" + port + ": server offered " + fingerprint(offered)
              + ", which is not the key known for this host (possible man-in-the-middle)";
          return false;
      }
    }
  }

  private static String fingerprint(PublicKey key) {
    return KeyUtils.getKeyType(key) + " " + KeyUtils.getFingerPrint(key);
  }

  private static HostKeyCheck checkOf(Session session) {
    AttributeRepository context = session instanceof ClientSession client ? client.getConnectionContext() : null;
    return context == null ? null : context.getAttribute(HOST_KEY_CHECK);
  }

  /** Routes the client-wide key check to the rules of the connection being made. */
  private static final class ConnectionKeyVerifier implements ServerKeyVerifier {
    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey serverKey) {
      HostKeyCheck check = checkOf(session);
      return check != null && check.verify(serverKey);
    }
  }

  /**
   * Asks the server for a host key of a type we already know for it, as OpenSSH does: a server
   * with several host keys would otherwise show us one we have no record of, and a good host
   * would look like an impostor.
   */
  private static final class KnownKeyTypesFirst implements SessionListener {
    @Override
    public void sessionNegotiationOptionsCreated(Session session, Map<KexProposalOption, String> proposal) {
      HostKeyCheck check = checkOf(session);
      String offered = proposal.get(KexProposalOption.SERVERKEYS);
      if (check == null || offered == null) {
        return;
      }
      Set<String> knownTypes = check.device.knownHosts().keysFor(check.device.host(), check.device.port()).stream()
          .map(KeyUtils::getKeyType).collect(Collectors.toSet());
      Map<Boolean, List<String>> byKnown = Arrays.stream(offered.split(","))
          .collect(Collectors.partitioningBy(algorithm -> knownTypes.contains(KeyUtils.getCanonicalKeyType(algorithm))));
      List<String> ordered = new ArrayList<>(byKnown.get(true));
      ordered.addAll(byKnown.get(false));
      proposal.put(KexProposalOption.SERVERKEYS, String.join(",", ordered));
    }
  }

  /**
   * Stops the shared client, closing every session it carries; the next {@link #connect} starts a
   * new one. For an application being undeployed, so no MINA thread outlives it.
   */
  static void shutdownSharedClient() {
    SharedClient.stop();
  }

  /** The one MINA client of all sessions: started on first use, again after a shutdown. */
  private static final class SharedClient {
    private static SshClient running;

    static synchronized SshClient get() {
      if (running == null) {
        running = start();
      }
      return running;
    }

    static synchronized void stop() {
      if (running != null) {
        running.stop();
        running = null;
      }
    }

    private static SshClient start() {
      SshClient client = SshClient.setUpDefaultClient();
      client.setServerKeyVerifier(new ConnectionKeyVerifier());
      client.addSessionListener(new KnownKeyTypesFirst());
      // only what the Device says: no ~/.ssh/config, no ~/.ssh/id_* picked up behind the caller's back
      client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
      client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
      // an rpc is one small write awaiting its reply: never hold it back for Nagle's algorithm
      CoreModuleProperties.TCP_NODELAY.set(client, true);
      client.start();
      return client;
    }
  }
}
