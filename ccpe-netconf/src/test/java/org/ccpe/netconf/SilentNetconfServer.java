package org.ccpe.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.subsystem.SubsystemFactory;

/**
 * A NETCONF server over real SSH (MINA SSHD) on loopback that says hello and then misbehaves the
 * way routers do: it never answers, answers with a reply far bigger than asked for, or stops reading.
 */
final class SilentNetconfServer implements AutoCloseable {
  static final String USER = "tester";
  static final String PASSWORD = "secret";

  /** What the server does with an rpc. */
  enum Behaviour { SWALLOW_RPCS, ANSWER_TOO_MUCH, STOP_READING }

  private final SshServer server = SshServer.setUpDefaultServer();
  private final PublicKey hostKey;
  private final int oversizedReplyBytes;

  SilentNetconfServer(Behaviour behaviour, int oversizedReplyBytes) throws IOException {
    this.oversizedReplyBytes = oversizedReplyBytes;
    SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider();
    server.setHost("127.0.0.1");
    server.setPort(0);
    server.setKeyPairProvider(keys);
    server.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
    server.setSubsystemFactories(List.of(new SubsystemFactory() {
      @Override
      public String getName() {
        return "netconf";
      }

      @Override
      public Command createSubsystem(ChannelSession channel) {
        return new Subsystem(behaviour);
      }
    }));
    server.start();
    KeyPair key = keys.loadKeys(null).iterator().next();
    hostKey = key.getPublic();
  }

  /** A device for this server; no probe after hello, which this server would not answer either. */
  Device.Builder device() {
    return Device.builder().host("127.0.0.1").port(server.getPort()).username(USER).password(PASSWORD)
        .knownHosts(KnownHosts.inMemory().add("127.0.0.1", server.getPort(), hostKey))
        .connectTimeout(Duration.ofSeconds(5)).probeAfterHello(false);
  }

  @Override
  public void close() throws IOException {
    server.stop(true);
  }

  /** One netconf subsystem: hello, then a loop over the client's rpcs on its own thread. */
  private final class Subsystem implements Command {
    private final Behaviour behaviour;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private Thread thread;

    Subsystem(Behaviour behaviour) {
      this.behaviour = behaviour;
    }

    @Override
    public void setInputStream(InputStream in) {
      this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
      // nothing is written to stderr
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
      this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
      thread = new Thread(this::serve, "silent-netconf-subsystem");
      thread.setDaemon(true);
      thread.start();
    }

    private void serve() {
      try {
        send("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
            + "<capability>urn:ietf:params:netconf:base:1.0</capability>"
            + "<capability>" + Capabilities.CANDIDATE + "</capability>"
            + "<capability>" + Capabilities.CONFIRMED_COMMIT_1_1 + "</capability>"
            + "</capabilities><session-id>1</session-id></hello>");
        MessageReader reader = new MessageReader(in, 1 << 20);
        reader.read(Framing.END_OF_MESSAGE); // the client's hello
        if (behaviour == Behaviour.STOP_READING) {
          Thread.sleep(Long.MAX_VALUE); // until destroyed: the SSH window fills up
        }
        byte[] rpc;
        while ((rpc = reader.read(Framing.END_OF_MESSAGE)) != null) {
          if (behaviour == Behaviour.ANSWER_TOO_MUCH) {
            String id = new String(rpc, StandardCharsets.UTF_8).replaceAll("(?s).*message-id=\"([^\"]+)\".*", "$1");
            send("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + id + "\"><data>"
                + "x".repeat(oversizedReplyBytes) + "</data></rpc-reply>");
          }
        }
        exit.onExit(0);
      } catch (IOException | ReplyTooLargeException e) {
        exit.onExit(1, e.getMessage());
      } catch (InterruptedException e) {
        exit.onExit(0);
      }
    }

    private void send(String message) throws IOException {
      Framing.END_OF_MESSAGE.write(out, message.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy(ChannelSession channel) {
      thread.interrupt();
    }
  }
}
