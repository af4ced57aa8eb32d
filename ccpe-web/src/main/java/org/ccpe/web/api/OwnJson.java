package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.Site;
import org.ccpe.provisioning.ProvisioningJob;

/**
 * The customer slice of the API: what customer users see of their own data. The provider's
 * fields (account number, external IDs, routers, route distinguishers, the router's diffs) are
 * not blanked but absent: these records simply do not have them.
 */
final class OwnJson {
  private OwnJson() {}

  record OwnCustomer(long id, long version, String name, String displayName, String contactName,
      String contactEmail, String contactInfo, Instant updatedAt) {}

  record OwnSite(long id, long version, long customerId, String name, String description,
      String routingInstance, String lanGateway, String contactName, String contactEmail, String contactInfo) {}

  record OwnAccessLink(long id, long version, long siteId, String siteName, String interfaceName, int vlanId,
      String role, String name, String description) {}

  record OwnJob(long id, String state, String kind, Long siteId, String siteName, Long revision,
      String requestedBy, String channel, Instant createdAt, Instant finishedAt, String message) {}

  static OwnCustomer of(Customer c) {
    return new OwnCustomer(c.getId(), c.getVersion(), c.getName(), c.getDisplayName(), c.getContactName(),
        c.getContactEmail(), c.getContactInfo(), c.getUpdatedAt());
  }

  static OwnSite of(Site s) {
    return new OwnSite(s.getId(), s.getVersion(), s.getCustomer().getId(), s.getName(), s.getDescription(),
        s.getRoutingInstance(), s.getLanGateway(), s.getContactName(), s.getContactEmail(), s.getContactInfo());
  }

  static OwnAccessLink of(AccessLink l) {
    return new OwnAccessLink(l.getId(), l.getVersion(), l.getSite().getId(), l.getSite().getName(),
        l.getInterfaceName(), l.getVlanId(), RouterJson.lower(l.getRole()), l.getName(), l.getDescription());
  }

  static OwnJob of(ProvisioningJob j) {
    return new OwnJob(j.getId(), RouterJson.lower(j.getState()), RouterJson.lower(j.getKind()), j.getSiteId(),
        j.getSiteName(), j.getRevision(), j.getRequestedBy(), RouterJson.lower(j.getChannel()), j.getCreatedAt(),
        j.getFinishedAt(), j.getMessage());
  }
}
