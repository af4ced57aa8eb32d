package org.ccpe.simulator.netconf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.simulator.config.ConfigXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * One NETCONF session on one SSH channel: hello exchange (base:1.1 chunked framing when both
 * sides speak it, else base:1.0), then a read-execute-reply loop, one RPC at a time, until the
 * client closes the session, the channel ends, or someone kills it.
 */
public final class NetconfSession implements Runnable {

    private static final Logger LOG = Logger.getLogger(NetconfSession.class.getName());

    private final int id;
    private final String user;
    private final RouterContext router;
    private final RpcDispatcher dispatcher;
    private final InputStream in;
    private final OutputStream out;
    private final Runnable drop;
    private final Runnable onExit;
    private volatile Framing framing = Framing.END_OF_MESSAGE;
    private volatile boolean closing;

    NetconfSession(int id, String user, RouterContext router, RpcDispatcher dispatcher, InputStream in,
            OutputStream out, Runnable drop, Runnable onExit) {
        this.id = id;
        this.user = user;
        this.router = router;
        this.dispatcher = dispatcher;
        this.in = new BufferedInputStream(in);
        this.out = out;
        this.drop = drop;
        this.onExit = onExit;
    }

    public int id() {
        return id;
    }

    public String user() {
        return user;
    }

    public RouterContext router() {
        return router;
    }

    /** Ends the session after the current reply, as {@code close-session} does. */
    void close() {
        closing = true;
    }

    /** Drops the connection at once, without a reply: a killed session, a crashed commit. */
    void drop() {
        closing = true;
        drop.run();
    }

    @Override
    public void run() {
        boolean opened = false;
        try {
            pause(router.knobs().sessionSetupLatency());
            router.sessions().add(this);
            router.counters().sessionOpened();
            opened = true;
            boolean chunked = router.knobs().chunkedFraming();
            Framing.END_OF_MESSAGE.write(out, Capabilities.hello(id, chunked));
            String hello = Framing.END_OF_MESSAGE.read(in);
            if (hello == null || !acceptHello(hello, chunked)) {
                return;
            }
            while (!closing) {
                String message = framing.read(in);
                if (message == null) {
                    break;
                }
                handle(message);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "session " + id + " ended: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            router.sessions().remove(this);
            router.database().sessionClosed(id);
            if (opened) {
                router.counters().sessionClosed();
            }
            onExit.run();
        }
    }

    private boolean acceptHello(String hello, boolean chunkedOffered) {
        List<String> capabilities;
        try {
            Element root = ConfigXml.parse(hello).getDocumentElement();
            if (!ConfigXml.localName(root).equals("hello")) {
                return false;
            }
            capabilities = Elements.child(root, "capabilities")
                    .map(c -> ConfigXml.fromElement(c).children("capability").stream().map(n -> n.text()).toList())
                    .orElse(List.of());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (chunkedOffered && capabilities.contains(Capabilities.BASE_1_1)) {
            framing = Framing.CHUNKED;
            return true;
        }
        return capabilities.contains(Capabilities.BASE_1_0);
    }

    private void handle(String message) throws IOException {
        router.counters().rpcReceived();
        Element rpc;
        try {
            Document document = ConfigXml.parse(message);
            rpc = document.getDocumentElement();
        } catch (IllegalArgumentException e) {
            reply(null, errors(List.of(RpcError.protocol("malformed-message", e.getMessage()))));
            return;
        }
        if (router.knobs().hang()) {
            return;
        }
        String body;
        try {
            if (!ConfigXml.localName(rpc).equals("rpc")) {
                throw new RpcException(RpcError.protocol("unknown-element", "expected <rpc>, got <" + ConfigXml.localName(rpc) + ">"));
            }
            Element operation = Elements.firstChild(rpc)
                    .orElseThrow(() -> new RpcException(RpcError.protocol("missing-element", "empty <rpc>")));
            body = dispatcher.execute(this, operation);
        } catch (RpcException e) {
            body = errors(e.errors());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "RPC failed on session " + id, e);
            body = errors(List.of(RpcError.application("operation-failed", String.valueOf(e.getMessage()))));
        }
        if (body != null) {
            reply(rpc, body);
        }
    }

    private void reply(Element rpc, String body) throws IOException {
        StringBuilder reply = new StringBuilder("<rpc-reply xmlns=\"").append(Capabilities.NETCONF_NS).append('"');
        if (rpc != null) {
            NamedNodeMap attrs = rpc.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr attr = (Attr) attrs.item(i);
                if (!attr.getName().equals("xmlns")) {
                    reply.append(' ').append(attr.getName()).append("=\"").append(ConfigXml.escapeAttribute(attr.getValue())).append('"');
                }
            }
        }
        if (rpc == null || rpc.getAttributeNode("xmlns:junos") == null) {
            reply.append(" xmlns:junos=\"http://xml.juniper.net/junos/23.4R1/junos\"");
        }
        reply.append(">\n").append(body).append("\n</rpc-reply>");
        synchronized (out) {
            framing.write(out, reply.toString());
        }
    }

    private static String errors(List<RpcError> errors) {
        StringBuilder out = new StringBuilder();
        errors.forEach(e -> e.appendTo(out));
        return out.toString();
    }

    static void pause(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        }
    }
}
