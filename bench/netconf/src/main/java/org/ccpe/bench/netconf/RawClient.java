package org.ccpe.bench.netconf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.ChannelPipedInputStream;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * The floor: the same MINA SSHD library, pre-built framed rpc bytes written as they are, replies
 * read by their chunk framing into a byte buffer and never parsed as XML (only searched for an
 * {@code <rpc-error>}). Chunked framing (base:1.1), as both servers offer it.
 */
final class RawClient implements BenchSession {
  private static final SshClient SSH = start();
  private static final byte[] HELLO = ("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>"
      + "<capability>urn:ietf:params:netconf:base:1.0</capability>"
      + "<capability>urn:ietf:params:netconf:base:1.1</capability></capabilities></hello>]]>]]>")
      .getBytes(StandardCharsets.UTF_8);

  private final ClientSession session;
  private final InputStream in;
  private final OutputStream out;
  private final Frames frames;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;

  /** Every rpc this session will send, framed before the timings start. */
  private record Frames(byte[][] one, byte[][] bulk, byte[] commit, byte[] get) {
    static Frames of(Plan plan) {
      int id = 1;
      byte[][] one = new byte[plan.one.length][];
      for (int i = 0; i < one.length; i++) {
        one[i] = frame(id++, "<edit-config><target><candidate/></target><config>" + plan.one[i] + "</config></edit-config>");
      }
      byte[][] bulk = new byte[plan.bulk.length][];
      for (int i = 0; i < bulk.length; i++) {
        bulk[i] = frame(id++, "<edit-config><target><candidate/></target><config>" + plan.bulk[i] + "</config></edit-config>");
      }
      return new Frames(one, bulk, frame(id++, "<commit/>"),
          frame(id, "<get-config><source><running/></source><filter type=\"subtree\">" + plan.filter + "</filter></get-config>"));
    }
  }

  private RawClient(ClientSession session, ChannelSubsystem channel, Frames frames, Duration timeout) {
    this.session = session;
    this.in = channel.getInvertedOut();
    this.out = channel.getInvertedIn();
    this.frames = frames;
    ((ChannelPipedInputStream) in).setTimeout(timeout.toMillis());
  }

  static BenchSession.Opener to(Target target, Plan plan, Duration timeout) {
    Frames frames = Frames.of(plan);
    return () -> {
      ClientSession session = SSH.connect(target.user(), target.host(), target.port()).verify(timeout).getSession();
      try {
        session.addPasswordIdentity(target.password());
        session.auth().verify(timeout);
        ChannelSubsystem channel = session.createSubsystemChannel("netconf");
        channel.open().verify(timeout);
        RawClient client = new RawClient(session, channel, frames, timeout);
        client.out.write(HELLO);
        client.out.flush();
        client.readServerHello();
        return client;
      } catch (IOException | RuntimeException e) {
        session.close(true);
        throw e;
      }
    };
  }

  private static SshClient start() {
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    CoreModuleProperties.TCP_NODELAY.set(client, true);
    client.start();
    return client;
  }

  private static byte[] frame(int messageId, String operation) {
    byte[] rpc = ("<rpc xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + messageId + "\">"
        + operation + "</rpc>").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream framed = new ByteArrayOutputStream(rpc.length + 32);
    framed.writeBytes(("\n#" + rpc.length + "\n").getBytes(StandardCharsets.US_ASCII));
    framed.writeBytes(rpc);
    framed.writeBytes("\n##\n".getBytes(StandardCharsets.US_ASCII));
    return framed.toByteArray();
  }

  @Override
  public void editOne(int i) throws Exception {
    exchange(frames.one()[i]);
  }

  @Override
  public void editBulk(int rep) throws Exception {
    exchange(frames.bulk()[rep]);
  }

  @Override
  public void commit() throws Exception {
    exchange(frames.commit());
  }

  @Override
  public long getAll() throws Exception {
    return exchange(frames.get());
  }

  /** Writes one pre-built rpc and reads the reply's chunks; returns the reply's size. */
  private long exchange(byte[] rpc) throws Exception {
    out.write(rpc);
    out.flush();
    ByteArrayOutputStream reply = new ByteArrayOutputStream(4096);
    try {
      while (true) {
        expect('\n');
        expect('#');
        int c = next();
        if (c == '#') {
          expect('\n');
          break;
        }
        int size = c - '0';
        for (c = next(); c != '\n'; c = next()) {
          size = size * 10 + (c - '0');
        }
        while (size > 0) {
          fill();
          int n = Math.min(size, limit - position);
          reply.write(buffer, position, n);
          position += n;
          size -= n;
        }
      }
    } catch (SocketTimeoutException e) {
      throw new LostReplyException("no reply within the timeout", e);
    }
    if (reply.size() < 4096 && contains(reply, "<rpc-error>")) { // a data reply is not searched
      throw new IllegalStateException("rpc-error: " + reply.toString(StandardCharsets.UTF_8));
    }
    return reply.size();
  }

  private void readServerHello() throws IOException {
    int matched = 0;
    byte[] end = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
    while (matched < end.length) {
      int c = next();
      matched = c == end[matched] ? matched + 1 : (c == ']' ? 1 : 0);
    }
  }

  private static boolean contains(ByteArrayOutputStream bytes, String text) {
    return bytes.toString(StandardCharsets.UTF_8).contains(text);
  }

  private void expect(char expected) throws IOException {
    int c = next();
    if (c != expected) {
      throw new IOException("bad framing: expected " + (int) expected + ", got " + c);
    }
  }

  private int next() throws IOException {
    fill();
    return buffer[position++] & 0xff;
  }

  private void fill() throws IOException {
    if (position < limit) {
      return;
    }
    int n = in.read(buffer);
    if (n < 0) {
      throw new IOException("session closed by the server");
    }
    position = 0;
    limit = n;
  }

  @Override
  public void close() {
    session.close(true);
  }
}
