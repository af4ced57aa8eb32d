package org.ccpe.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server end of a plain TCP connection on loopback, driven step by step by a test with the
 * library's own framing code: it sends a hello, reads rpcs and writes whatever replies the test
 * wants, in whatever order. The client end is a {@link Transport}, so a {@link NetconfSession}
 * runs over it exactly as over SSH.
 */
final class LoopbackPeer implements AutoCloseable {
  private static final Pattern MESSAGE_ID = Pattern.compile("message-id=\"([^\"]+)\"");

  private final ServerSocket listener;
  private final Socket client;
  private final Socket server;
  private final MessageReader reader;
  private Framing framing = Framing.END_OF_MESSAGE;

  LoopbackPeer() throws IOException {
    listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    server = listener.accept();
    server.setSoTimeout(5000); // a test waiting for an rpc that never comes fails, it does not hang
    reader = new MessageReader(server.getInputStream(), 1 << 20);
  }

  /** The client side, for a session. */
  Transport transport() {
    return new Transport() {
      @Override
      public InputStream input() {
        try {
          return client.getInputStream();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public OutputStream output() {
        try {
          return client.getOutputStream();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }

      @Override
      public String peer() {
        return "loopback:" + listener.getLocalPort();
      }

      @Override
      public void close() throws IOException {
        client.close();
      }
    };
  }

  static Device settings(Duration replyTimeout) {
    return Device.builder().host("127.0.0.1").username("test").password("unused")
        .knownHosts(KnownHosts.inMemory()).replyTimeout(replyTimeout).commitTimeout(replyTimeout)
        .connectTimeout(Duration.ofSeconds(5)).probeAfterHello(false).build();
  }

  /** Sends the server hello with these capabilities; afterwards the framing both sides agree on. */
  void sendHello(String... capabilities) throws IOException {
    StringBuilder hello = new StringBuilder("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities>");
    for (String capability : capabilities) {
      hello.append("<capability>").append(capability).append("</capability>");
    }
    send(hello.append("</capabilities><session-id>4</session-id></hello>").toString());
    framing = new Hello(4, new Capabilities(java.util.List.of(capabilities))).framing();
  }

  /** Reads the client's hello, which always comes end-of-message framed. */
  String readHello() throws IOException {
    return read(Framing.END_OF_MESSAGE);
  }

  /** Reads the next rpc and returns its message-id. */
  String readRpcId() throws IOException {
    String rpc = readRpc();
    Matcher id = MESSAGE_ID.matcher(rpc);
    if (!id.find()) {
      throw new IOException("rpc without message-id: " + rpc);
    }
    return id.group(1);
  }

  String readRpc() throws IOException {
    return read(framing);
  }

  private String read(Framing expected) throws IOException {
    try {
      return text(reader.read(expected));
    } catch (ReplyTooLargeException e) {
      throw new IOException(e);
    }
  }

  void replyOk(String messageId) throws IOException {
    reply(messageId, "<ok/>");
  }

  void reply(String messageId, String content) throws IOException {
    send("<rpc-reply xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"" + messageId + "\">"
        + content + "</rpc-reply>");
  }

  void send(String message) throws IOException {
    framing.write(server.getOutputStream(), message.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(byte[] message) throws IOException {
    if (message == null) {
      throw new IOException("client closed the connection");
    }
    return new String(message, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    client.close();
    listener.close();
  }
}
