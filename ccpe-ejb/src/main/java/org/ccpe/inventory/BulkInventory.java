package org.ccpe.inventory;


/**
 * Puts already checked values into inventory entities, for the services here and for the topology
 * import, which judges a whole document against the stored inventory at once (conflicts,
 * uniqueness) and so writes entities directly instead of checking them one query at a time.
 * Whoever calls it has checked the values with the specs' {@code check} and the conflicts itself.
 */
public final class BulkInventory {
  private BulkInventory() {}

  /** A new customer with its checked details; the display name defaults to the name. */
  public static Customer newCustomer(CustomerName name, Source source, CustomerSpec.Checked d) {
    Customer customer = new Customer(name, source);
    apply(customer, d);
    return customer;
  }

  public static void apply(Customer customer, CustomerSpec.Checked d) {
    customer.describe(d.displayName() == null ? customer.getName() : d.displayName(),
        d.accountNumber(), d.externalId());
    customer.contact(d.contactName(), d.contactEmail(), d.contactInfo());
  }

  public static Site newSite(Customer customer, RoutingInstanceName instance, Router router, SiteSpec.Checked d) {
    Site site = new Site(customer, d.name(), instance);
    apply(site, router, d);
    return site;
  }

  public static void apply(Site site, Router router, SiteSpec.Checked d) {
    site.describe(d.name(), d.description(), d.externalId());
    site.connect(router, d.lan());
    site.contact(d.contactName(), d.contactEmail(), d.contactInfo());
    site.identifyVpn(d.routeDistinguisher(), d.vrfTarget());
  }

  public static AccessLink newLink(Site site, Router router, AccessLinkSpec.Checked d) {
    AccessLink link = new AccessLink(site);
    apply(link, router, d);
    return link;
  }

  public static void apply(AccessLink link, Router router, AccessLinkSpec.Checked d) {
    link.attach(router, d.interfaceName(), d.vlan(), d.role());
    link.describe(d.name(), d.description(), d.externalId());
  }
}
