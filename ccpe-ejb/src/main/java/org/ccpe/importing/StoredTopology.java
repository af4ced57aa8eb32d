package org.ccpe.importing;

import java.util.List;
import java.util.Map;

/**
 * What the import needs to know of the stored inventory to judge a document, loaded in bulk once
 * (one query per kind) rather than entity by entity: the routers the document names, the
 * customers, sites and links its external IDs name, the sites of those customers (names, LANs) and
 * what is already used on the routers involved (routing instances, ports and VLANs, interfaces).
 * Plain rows, so the rules can be tested without a database.
 */
public record StoredTopology(
    Map<String, RouterRow> routersByName,
    Map<String, CustomerRow> customersByExternalId,
    Map<String, CustomerRow> customersByName,
    Map<String, SiteRow> sitesByExternalId,
    Map<Long, List<SiteRow>> sitesByCustomer,
    Map<Long, Map<String, Long>> instancesByRouter,
    List<LinkRow> linksOnRouters,
    Map<String, LinkRow> linksByExternalId) {

  public record RouterRow(long id, String name) {}

  public record CustomerRow(long id, String name, String displayName, String accountNumber,
      String contactName, String contactEmail, String contactInfo, String externalId) {}

  public record SiteRow(long id, long customerId, String customerName, String name, String description,
      long routerId, String routingInstance, String lanGateway, String contactName, String contactEmail,
      String contactInfo, String externalId, String routeDistinguisher, String vrfTarget) {}

  public record LinkRow(long id, long siteId, String siteName, long routerId, String interfaceName,
      String physicalPort, int vlanId, String role, String name, String description, String externalId) {}

  /** Nothing stored: every entity of a document is new. */
  public static StoredTopology empty(Map<String, RouterRow> routers) {
    return new StoredTopology(routers, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of());
  }
}
