package org.ccpe.monitoring;

import java.time.Instant;

/** What pages and the API show of one access link's monitoring: status, since when, latest rates. */
public record LinkView(long accessLinkId, String interfaceName, long siteId, String siteName, long customerId,
    String customerName, String routerName, LinkStatus status, Instant statusSince, Instant sampledAt,
    Integer ifIndex, Double inBps, Double outBps, Double utilisationPercent) {}
