package org.ccpe.web.api;

import org.ccpe.inventory.AccessLink;

/** An access link as the provider's API shows it. */
public record AccessLinkJson(
    long id,
    long version,
    long siteId,
    String siteName,
    long customerId,
    long routerId,
    String routerName,
    String interfaceName,
    String physicalPort,
    int unit,
    int vlanId,
    String role,
    String name,
    String description,
    String externalId) {

  static AccessLinkJson of(AccessLink l) {
    return new AccessLinkJson(l.getId(), l.getVersion(), l.getSite().getId(), l.getSite().getName(),
        l.getSite().getCustomer().getId(), l.getRouter().getId(), l.getRouter().getName(),
        l.getInterfaceName(), l.getPhysicalPort(), l.getUnit(), l.getVlanId(),
        RouterJson.lower(l.getRole()), l.getName(), l.getDescription(), l.getExternalId());
  }
}
