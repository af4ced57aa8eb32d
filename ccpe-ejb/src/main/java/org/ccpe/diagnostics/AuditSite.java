package org.ccpe.diagnostics;

import org.ccpe.inventory.Site;

/**
 * A site as a functional audit sees it: where it lives (router, routing instance) and the address
 * its access links reach it by. Access links are layer-2 units in the site's bridge domain; the
 * site's layer-3 address on them is its LAN gateway ({@code irb} unit), so that is where pings
 * leave from and go to.
 */
public record AuditSite(long id, long customerId, String name, long routerId, String routingInstance,
    String gatewayAddress) {

  public static AuditSite of(Site site) {
    return new AuditSite(site.getId(), site.getCustomer().getId(), site.getName(), site.getRouter().getId(),
        site.getRoutingInstance(), site.lanGatewayAddress().address().toString());
  }
}
