package org.ccpe.simulator.snmp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.snmp4j.TransportStateReference;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.UdpTransportMapping;

/**
 * snmp4j's view of one agent's UDP port. Unlike snmp4j's own UDP mapping it has no listen
 * thread: the shared {@link UdpLoop} reads the port and hands each datagram to snmp4j's
 * dispatcher here.
 */
final class AgentTransport extends UdpTransportMapping {

    private static final int SOCKET_BUFFER = 1 << 20;
    /** How long an answer waits for room in a full send buffer before it is dropped (as UDP may). */
    private static final long SEND_PATIENCE_NANOS = 50_000_000L;

    private final DatagramChannel channel;
    private final BooleanSupplier muted;

    AgentTransport(String host, int port, BooleanSupplier muted) throws IOException {
        super(new UdpAddress(host + "/" + port));
        this.muted = muted;
        channel = DatagramChannel.open();
        // room for a poller's burst of requests and for GETBULK answers near 64 KiB
        channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
        channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
        channel.bind(new InetSocketAddress(host, port));
        channel.configureBlocking(false);
        udpAddress = new UdpAddress(((InetSocketAddress) channel.getLocalAddress()).getAddress(),
                ((InetSocketAddress) channel.getLocalAddress()).getPort());
    }

    int port() {
        return udpAddress.getPort();
    }

    @Override
    public void listen() {
        UdpLoop.shared().register(channel, this::received);
    }

    private void received(InetSocketAddress from, ByteBuffer message) {
        if (muted.getAsBoolean()) {
            return;
        }
        UdpAddress peer = new UdpAddress(from.getAddress(), from.getPort());
        fireProcessMessage(peer, message, new TransportStateReference(this, peer, null,
                SecurityLevel.undefined, SecurityLevel.undefined, false, channel));
    }

    @Override
    public void sendMessage(UdpAddress address, byte[] message, TransportStateReference state, long timeout,
            int retries) throws IOException {
        InetSocketAddress to = new InetSocketAddress(address.getInetAddress(), address.getPort());
        ByteBuffer datagram = ByteBuffer.wrap(message);
        // the channel is non-blocking (the selector reads it): a full buffer sends nothing, so wait a little
        long deadline = System.nanoTime() + SEND_PATIENCE_NANOS;
        while (channel.send(datagram, to) == 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
        }
    }

    @Override
    public boolean isListening() {
        return channel.isOpen();
    }

    @Override
    public void close() throws IOException {
        channel.close();
        UdpLoop.shared().wakeup();
    }
}
