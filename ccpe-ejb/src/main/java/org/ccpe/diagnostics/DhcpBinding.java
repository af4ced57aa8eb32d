package org.ccpe.diagnostics;

import java.time.Instant;

/**
 * A device on a site's LAN as the router's DHCP server knows it: one binding of the site's
 * routing instance.
 *
 * @param leaseExpires when the lease runs out, or null for a lease that never does (static)
 * @param hostname the name the client gave, or null
 */
public record DhcpBinding(String address, String macAddress, String state, Instant leaseExpires, String hostname) {}
