package org.ccpe.web.api;

import org.ccpe.inventory.Site;

/** A site as the provider's API shows it. */
public record SiteJson(
    long id,
    long version,
    long customerId,
    String customerName,
    String name,
    String description,
    long routerId,
    String routerName,
    String routingInstance,
    String lanGateway,
    String contactName,
    String contactEmail,
    String contactInfo,
    String externalId,
    String routeDistinguisher,
    String vrfTarget) {

  static SiteJson of(Site s) {
    return new SiteJson(s.getId(), s.getVersion(), s.getCustomer().getId(), s.getCustomer().getName(),
        s.getName(), s.getDescription(), s.getRouter().getId(), s.getRouter().getName(),
        s.getRoutingInstance(), s.getLanGateway(), s.getContactName(), s.getContactEmail(),
        s.getContactInfo(), s.getExternalId(), s.getRouteDistinguisher(), s.getVrfTarget());
  }
}
