package org.ccpe.simulator.snmp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
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

    private final DatagramChannel channel;
    private final BooleanSupplier muted;

    AgentTransport(String host, int port, BooleanSupplier muted) throws IOException {
        super(new UdpAddress(host + "/" + port));
        this.muted = muted;
        channel = DatagramChannel.open();
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
        channel.send(ByteBuffer.wrap(message), new InetSocketAddress(address.getInetAddress(), address.getPort()));
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
