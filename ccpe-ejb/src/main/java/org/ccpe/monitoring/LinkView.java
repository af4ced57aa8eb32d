package org.ccpe.monitoring;

import java.time.Instant;

/**
 * What pages and the API show of one access link's monitoring: status, since when, latest rates.
 * A customer user's view leaves out the provider's fields (router name, ifIndex).
 */
public record LinkView(long accessLinkId, String interfaceName, long siteId, String siteName, long customerId,
    String customerName, String routerName, LinkStatus status, Instant statusSince, Instant sampledAt,
    Integer ifIndex, Double inBps, Double outBps, Double utilisationPercent) {

  /** This view as a customer user may see it ({@code customer}), or whole. */
  LinkView forCaller(boolean customer) {
    return customer
        ? new LinkView(accessLinkId, interfaceName, siteId, siteName, customerId, customerName, null, status,
            statusSince, sampledAt, null, inBps, outBps, utilisationPercent)
        : this;
  }
}
