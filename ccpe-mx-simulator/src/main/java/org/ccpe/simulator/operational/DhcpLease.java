package org.ccpe.simulator.operational;

import java.time.Duration;

/** A DHCP binding the router's local server holds for a client in a routing instance. */
public record DhcpLease(String routingInstance, String address, String macAddress, String interfaceName,
        Duration remaining) {}
