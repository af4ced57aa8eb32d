package org.ccpe.diagnostics;

import java.time.Instant;
import java.util.List;

/** The devices a site's DHCP server has handed addresses to, as the router listed them just now. */
public record ActiveDeviceList(long siteId, String siteName, String routingInstance, Instant readAt,
    List<DhcpBinding> devices) {}
