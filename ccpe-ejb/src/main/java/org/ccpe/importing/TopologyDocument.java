package org.ccpe.importing;

import java.util.List;

/**
 * A topology to import: customers with their sites and access links, as the provider's OSS or the
 * activation director knows them. Everything is keyed by external IDs, so importing the same
 * document twice changes nothing the second time. Routers are referred to by name and must exist.
 * Raw values as received; the import validates the whole document before storing anything.
 */
public record TopologyDocument(List<CustomerEntry> customers) {
  public TopologyDocument {
    customers = customers == null ? List.of() : List.copyOf(customers);
  }

  /** A customer; {@code externalId} is the activation director's customer (VPN) ID. */
  public record CustomerEntry(
      String externalId,
      String name,
      String displayName,
      String accountNumber,
      String contactName,
      String contactEmail,
      String contactInfo,
      List<SiteEntry> sites) {
    public CustomerEntry {
      sites = sites == null ? List.of() : List.copyOf(sites);
    }
  }

  /** A site on its PE router (by name), with the activation system's routing-instance name when it has one. */
  public record SiteEntry(
      String externalId,
      String name,
      String description,
      String router,
      String routingInstance,
      String lanGateway,
      String routeDistinguisher,
      String vrfTarget,
      String contactName,
      String contactEmail,
      String contactInfo,
      List<LinkEntry> accessLinks) {
    public SiteEntry {
      accessLinks = accessLinks == null ? List.of() : List.copyOf(accessLinks);
    }
  }

  /** An access link: interface.unit on the site's router, VLAN, role. */
  public record LinkEntry(
      String externalId,
      String interfaceName,
      Integer vlanId,
      String role,
      String name,
      String description) {}
}
