package org.ccpe.simulator.netconf;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.ccpe.simulator.SimulatedRouter;

/**
 * A deliberately dumb NETCONF client for tests: writes framed bytes over a MINA SSHD client
 * channel and reads framed replies, with its own framing code (not the simulator's), and a
 * timeout on every read.
 */
final class RawNetconfClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SshClient SSH = startClient();
    private static final Pattern SESSION_ID = Pattern.compile("<session-id>(\\d+)</session-id>");

    private final ClientSession session;
    private final ClientChannel channel;
    private final OutputStream out;
    private final InputStream in;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "raw-netconf-reader");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger messageId = new AtomicInteger(100);
    private Future<String> pendingRead;
    private boolean chunked;
    final String serverHello;
    final int sessionId;

    private static SshClient startClient() {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        return client;
    }

    private RawNetconfClient(ClientSession session) throws IOException {
        this.session = session;
        this.channel = session.createSubsystemChannel("netconf");
        channel.open().verify(TIMEOUT);
        this.out = channel.getInvertedIn();
        this.in = channel.getInvertedOut();
        this.serverHello = read(TIMEOUT);
        Matcher m = SESSION_ID.matcher(serverHello);
        this.sessionId = m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static ClientSession login(SimulatedRouter router) throws IOException {
        ClientSession session = SSH.connect(router.user(), router.host(), router.port()).verify(TIMEOUT).getSession();
        session.addPasswordIdentity(router.password());
        session.auth().verify(TIMEOUT);
        return session;
    }

    /** Logs in with the router's password and says hello, base:1.1 when {@code base11}. */
    static RawNetconfClient connect(SimulatedRouter router, boolean base11) throws IOException {
        RawNetconfClient client = new RawNetconfClient(login(router));
        client.hello(base11);
        return client;
    }

    static RawNetconfClient connect(SimulatedRouter router) throws IOException {
        return connect(router, true);
    }

    static RawNetconfClient connectWithKey(SimulatedRouter router, KeyPair key) throws IOException {
        ClientSession session = SSH.connect(router.user(), router.host(), router.port()).verify(TIMEOUT).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(TIMEOUT);
        RawNetconfClient client = new RawNetconfClient(session);
        client.hello(true);
        return client;
    }

    private void hello(boolean base11) throws IOException {
        String capability = base11 ? "urn:ietf:params:netconf:base:1.1" : "urn:ietf:params:netconf:base:1.0";
        writeEndOfMessage("<hello xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"><capabilities><capability>"
                + capability + "</capability></capabilities></hello>");
        chunked = base11;
    }

    /** Sends one {@code <rpc>} around {@code operation} and returns the reply. */
    String rpc(String operation) throws IOException {
        send(rpcMessage(operation));
        return read(TIMEOUT);
    }

    String rpcMessage(String operation) {
        return "<rpc message-id=\"" + messageId.incrementAndGet() + "\" xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\">"
                + operation + "</rpc>";
    }

    void send(String message) throws IOException {
        if (chunked) {
            byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
            out.write(("\n#" + bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\n##\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } else {
            writeEndOfMessage(message);
        }
    }

    /** Writes bytes exactly as given: for tests of framing itself. */
    void sendRaw(String bytes) throws IOException {
        out.write(bytes.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void writeEndOfMessage(String message) throws IOException {
        out.write((message + "]]>]]>").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The next message; {@link TimeoutException} wrapped in IOException when none comes in time. */
    String read(Duration timeout) throws IOException {
        if (pendingRead == null) {
            boolean useChunks = chunked;
            pendingRead = reader.submit(() -> useChunks ? readChunked() : readEndOfMessage());
        }
        try {
            String message = pendingRead.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            pendingRead = null;
            return message;
        } catch (TimeoutException e) {
            throw new ReplyTimeout(timeout);
        } catch (ExecutionException e) {
            pendingRead = null;
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Whether the server closed the channel within {@code timeout}. */
    boolean closedWithin(Duration timeout) throws IOException {
        try {
            read(timeout);
            return false;
        } catch (EOFException e) {
            return true;
        } catch (ReplyTimeout e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private String readEndOfMessage() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("closed");
            }
            message.write(b);
            String text = message.toString(StandardCharsets.UTF_8);
            if (text.endsWith("]]>]]>")) {
                return text.substring(0, text.length() - 6);
            }
        }
    }

    private String readChunked() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            String header = line();
            if (header.isEmpty()) {
                header = line();
            }
            if (!header.startsWith("#")) {
                throw new IOException("bad chunk header: " + header);
            }
            if (header.equals("##")) {
                return message.toString(StandardCharsets.UTF_8);
            }
            int size = Integer.parseInt(header.substring(1));
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new EOFException("closed inside a chunk");
            }
            message.write(chunk);
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("closed");
            }
            line.append((char) b);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        reader.shutdownNow();
        session.close(true);
    }

    /** No reply in time. */
    static final class ReplyTimeout extends IOException {
        private static final long serialVersionUID = 1L;

        ReplyTimeout(Duration timeout) {
            super("no reply within " + timeout);
        }
    }
}
