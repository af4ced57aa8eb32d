package org.ccpe.simulator.snmp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The threads every agent in the JVM shares: one selector thread reads the datagrams of all
 * agents' UDP ports, a small pool decodes and answers them, and a scheduler delays answers when
 * an agent has latency. A benchmark runs 100 agents in one process, so no agent owns a thread.
 */
final class UdpLoop {

    private static final Logger LOG = Logger.getLogger(UdpLoop.class.getName());
    private static final int MAX_DATAGRAM = 65_535;

    private static UdpLoop shared;

    private final Selector selector;
    private final Queue<Runnable> registrations = new ConcurrentLinkedQueue<>();
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;

    private UdpLoop() throws IOException {
        selector = Selector.open();
        int cores = Runtime.getRuntime().availableProcessors();
        workers = Executors.newFixedThreadPool(Math.max(2, Math.min(4, cores)), daemon("snmp-agent-worker"));
        scheduler = Executors.newSingleThreadScheduledExecutor(daemon("snmp-agent-delay"));
        Thread thread = daemon("snmp-agent-selector").newThread(this::select);
        thread.start();
    }

    /** The loop of this JVM, started on first use; its threads are daemons and live with the JVM. */
    static synchronized UdpLoop shared() {
        if (shared == null) {
            try {
                shared = new UdpLoop();
            } catch (IOException e) {
                throw new IllegalStateException("cannot open a selector", e);
            }
        }
        return shared;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Reads {@code channel} from now on; each datagram goes to {@code receiver} on a worker thread. */
    void register(DatagramChannel channel, BiConsumer<InetSocketAddress, ByteBuffer> receiver) {
        registrations.add(() -> {
            try {
                channel.register(selector, SelectionKey.OP_READ, receiver);
            } catch (ClosedChannelException e) {
                // closed before the selector got to it: nothing to read
            }
        });
        selector.wakeup();
    }

    /** Lets the selector notice a closed channel now, so its port is free when close returns. */
    void wakeup() {
        selector.wakeup();
    }

    private void select() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
        while (true) {
            try {
                selector.select();
                for (Runnable registration; (registration = registrations.poll()) != null; ) {
                    registration.run();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isReadable()) {
                        read(key, buffer);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "SNMP agent selector", e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void read(SelectionKey key, ByteBuffer buffer) {
        DatagramChannel channel = (DatagramChannel) key.channel();
        var receiver = (BiConsumer<InetSocketAddress, ByteBuffer>) key.attachment();
        // drain what is queued, but let other agents have their turn after a few datagrams
        for (int i = 0; i < 16; i++) {
            InetSocketAddress from;
            buffer.clear();
            try {
                from = (InetSocketAddress) channel.receive(buffer);
            } catch (IOException e) {
                key.cancel();
                return;
            }
            if (from == null) {
                return;
            }
            buffer.flip();
            ByteBuffer copy = ByteBuffer.allocate(buffer.remaining()).put(buffer).flip();
            workers.execute(() -> receiver.accept(from, copy));
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
