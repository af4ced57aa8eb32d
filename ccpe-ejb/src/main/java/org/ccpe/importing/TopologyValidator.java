package org.ccpe.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ccpe.common.FieldError;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.common.Violations;
import org.ccpe.importing.ImportPlan.Change;
import org.ccpe.importing.ImportPlan.CustomerPlan;
import org.ccpe.importing.ImportPlan.LinkPlan;
import org.ccpe.importing.ImportPlan.SitePlan;
import org.ccpe.importing.StoredTopology.CustomerRow;
import org.ccpe.importing.StoredTopology.LinkRow;
import org.ccpe.importing.StoredTopology.RouterRow;
import org.ccpe.importing.StoredTopology.SiteRow;
import org.ccpe.importing.TopologyDocument.CustomerEntry;
import org.ccpe.importing.TopologyDocument.LinkEntry;
import org.ccpe.importing.TopologyDocument.SiteEntry;
import org.ccpe.inventory.AccessLinkSpec;
import org.ccpe.inventory.CustomerName;
import org.ccpe.inventory.CustomerSpec;
import org.ccpe.inventory.RoutingInstanceName;
import org.ccpe.inventory.SiteSpec;
import org.ccpe.net.InterfaceAddress;
import org.ccpe.net.Ipv4Prefix;

/**
 * Judges a whole topology document against the stored inventory and plans the import, or refuses
 * it with every broken rule named by its path in the document ({@code
 * customers[3].sites[1].accessLinks[0].vlanId}). Field rules are the inventory's own (the specs'
 * {@code check}); on top come the rules that span entities: external IDs and names once per
 * document, VLANs once per router port and interfaces once per router (document and stored data
 * together), LANs of one customer never overlapping, routing instances once per router.
 *
 * <p>What an import keeps of an existing entity: its display name (customer) and descriptions and
 * link names (what the customer may have renamed), and any field the document leaves out.
 */
public final class TopologyValidator {
  private static final int MAX_INSTANCE_SUFFIX = 99;

  private final StoredTopology stored;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, String> customerIds = new HashMap<>();
  private final Map<String, String> customerNames = new HashMap<>();
  private final Map<String, String> siteIds = new HashMap<>();
  private final Map<String, String> linkIds = new HashMap<>();

  private TopologyValidator(StoredTopology stored) {
    this.stored = stored;
  }

  /** The plan for {@code document}; throws with every error when anything in it is wrong. */
  public static ImportPlan plan(TopologyDocument document, StoredTopology stored) {
    return new TopologyValidator(stored).judge(document);
  }

  private ImportPlan judge(TopologyDocument document) {
    if (document.customers().isEmpty()) {
      errors.add(new FieldError("customers", "the document holds no customers"));
    }
    List<CustomerPlan> customers = new ArrayList<>();
    List<Placed> judged = new ArrayList<>();
    for (int i = 0; i < document.customers().size(); i++) {
      customers.add(customer("customers[" + i + "]", document.customers().get(i), judged));
    }
    boolean fieldsValid = errors.isEmpty();
    List<Placed> placedSites = fieldsValid ? assignRoutingInstances(judged) : List.of();
    if (fieldsValid) {
      checkSiteNamesAndLans(customers, placedSites);
      checkLinksOnRouters(placedSites);
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
    Map<CustomerPlan, List<SitePlan>> sitesOf = new java.util.IdentityHashMap<>();
    placedSites.forEach(p -> sitesOf.computeIfAbsent(p.customer(), c -> new ArrayList<>()).add(p.site()));
    return new ImportPlan(customers.stream().map(c -> new CustomerPlan(c.change(), c.stored(), c.name(),
        c.values(), c.notes(), sitesOf.getOrDefault(c, List.of()))).toList());
  }

  /** A site plan with the path it came from and its customer, while the cross-checks run. */
  private record Placed(String path, CustomerPlan customer, SitePlan site) {}

  private CustomerPlan customer(String path, CustomerEntry entry, List<Placed> placedSites) {
    Violations v = new Violations();
    String externalId = v.required("externalId", entry.externalId(), 128);
    CustomerSpec.Checked values = new CustomerSpec(null, entry.displayName(), entry.accountNumber(),
        entry.contactName(), entry.contactEmail(), entry.contactInfo(), externalId).check(v);
    CustomerRow row = externalId == null ? null : stored.customersByExternalId().get(externalId);
    CustomerName name = null;
    List<String> notes = new ArrayList<>();
    if (row == null) {
      name = v.parse("name", entry.name(), CustomerName::parse);
      if (name != null) {
        CustomerRow holder = stored.customersByName().get(name.value());
        if (holder != null) {
          v.add("name", "a customer named '" + name + "' exists already"
              + (holder.externalId() == null ? " (not imported)" : " with external ID '" + holder.externalId() + "'"));
        }
        once(v, customerNames, "name", name.value(), path);
      }
    } else {
      name = new CustomerName(row.name());
      if (entry.name() != null && !entry.name().isBlank() && !entry.name().strip().equalsIgnoreCase(row.name())) {
        v.add("name", "cannot change after creation: the customer with external ID '" + externalId
            + "' is named '" + row.name() + "'");
      }
    }
    if (externalId != null) {
      once(v, customerIds, "externalId", externalId, path);
    }
    collect(path, v);
    Change change = Change.CREATED;
    if (row != null && values != null) {
      if (values.displayName() != null && !values.displayName().equals(row.displayName())) {
        notes.add("displayName kept as '" + row.displayName() + "' (the document says '" + values.displayName() + "')");
      }
      values = new CustomerSpec.Checked(row.displayName(),
          or(values.accountNumber(), row.accountNumber()), or(values.contactName(), row.contactName()),
          or(values.contactEmail(), row.contactEmail()), or(values.contactInfo(), row.contactInfo()),
          row.externalId());
      boolean same = Objects.equals(values.accountNumber(), row.accountNumber())
          && Objects.equals(values.contactName(), row.contactName())
          && Objects.equals(values.contactEmail(), row.contactEmail())
          && Objects.equals(values.contactInfo(), row.contactInfo());
      change = same ? Change.UNCHANGED : Change.UPDATED;
    } else if (name != null) {
      notes.add("administrator admin@" + name + " created; a provider administrator resets its password to hand it over");
    }
    CustomerPlan plan = new CustomerPlan(change, row, name, values, notes, List.of());
    for (int j = 0; j < entry.sites().size(); j++) {
      SitePlan site = site(path + ".sites[" + j + "]", entry.sites().get(j), row);
      if (site != null) {
        placedSites.add(new Placed(path + ".sites[" + j + "]", plan, site));
      }
    }
    return plan;
  }

  private SitePlan site(String path, SiteEntry entry, CustomerRow customer) {
    Violations v = new Violations();
    String externalId = v.required("externalId", entry.externalId(), 128);
    RouterRow router = null;
    if (entry.router() == null || entry.router().isBlank()) {
      v.add("router", "is required");
    } else {
      router = stored.routersByName().get(entry.router().strip());
      if (router == null) {
        v.add("router", "no router named '" + entry.router().strip() + "'");
      }
    }
    RoutingInstanceName instance =
        v.parseOptional("routingInstance", entry.routingInstance(), RoutingInstanceName::parse);
    SiteSpec.Checked values = new SiteSpec(entry.name(), entry.description(), null, null, entry.lanGateway(),
        entry.contactName(), entry.contactEmail(), entry.contactInfo(), externalId,
        entry.routeDistinguisher(), entry.vrfTarget()).check(v);
    SiteRow row = externalId == null ? null : stored.sitesByExternalId().get(externalId);
    if (row != null) {
      if (customer == null || row.customerId() != customer.id()) {
        v.add("externalId", "belongs to site '" + row.name() + "' of customer '" + row.customerName()
            + "'; sites do not move between customers");
      } else if (instance != null && !instance.value().equals(row.routingInstance())) {
        v.add("routingInstance", "is fixed once the site exists (it is '" + row.routingInstance() + "')");
      }
    }
    if (externalId != null) {
      once(v, siteIds, "externalId", externalId, path);
    }
    List<LinkPlan> links = new ArrayList<>();
    for (int k = 0; k < entry.accessLinks().size(); k++) {
      links.add(link(path + ".accessLinks[" + k + "]", entry.accessLinks().get(k), row));
    }
    boolean valid = v.isEmpty();
    collect(path, v);
    if (!valid) {
      return null;
    }
    List<String> notes = new ArrayList<>();
    Change change = Change.CREATED;
    if (row != null) {
      if (values.description() != null && !values.description().equals(row.description())) {
        notes.add("description kept (the document's differs)");
      }
      boolean keepsVpn = values.routeDistinguisher() == null;
      values = new SiteSpec.Checked(values.name(), row.description(), values.lan(),
          or(values.contactName(), row.contactName()), or(values.contactEmail(), row.contactEmail()),
          or(values.contactInfo(), row.contactInfo()), row.externalId(),
          keepsVpn ? row.routeDistinguisher() : values.routeDistinguisher(),
          keepsVpn ? row.vrfTarget() : values.vrfTarget());
      boolean same = values.name().equals(row.name()) && router.id() == row.routerId()
          && values.lan().toString().equals(row.lanGateway())
          && Objects.equals(values.contactName(), row.contactName())
          && Objects.equals(values.contactEmail(), row.contactEmail())
          && Objects.equals(values.contactInfo(), row.contactInfo())
          && Objects.equals(values.routeDistinguisher(), row.routeDistinguisher())
          && Objects.equals(values.vrfTarget(), row.vrfTarget());
      change = same ? Change.UNCHANGED : Change.UPDATED;
      instance = new RoutingInstanceName(row.routingInstance());
    }
    return new SitePlan(change, row, router, instance, values, notes, links);
  }

  private LinkPlan link(String path, LinkEntry entry, SiteRow site) {
    Violations v = new Violations();
    String externalId = v.required("externalId", entry.externalId(), 128);
    AccessLinkSpec.Checked values = new AccessLinkSpec(null, entry.interfaceName(), entry.vlanId(),
        entry.role(), entry.name(), entry.description(), externalId).check(v);
    LinkRow row = externalId == null ? null : stored.linksByExternalId().get(externalId);
    if (row != null && (site == null || row.siteId() != site.id())) {
      v.add("externalId", "belongs to " + row.interfaceName() + " of site '" + row.siteName()
          + "'; access links do not move between sites");
    }
    if (externalId != null) {
      once(v, linkIds, "externalId", externalId, path);
    }
    boolean valid = v.isEmpty();
    collect(path, v);
    if (!valid) {
      return null;
    }
    List<String> notes = new ArrayList<>();
    Change change = Change.CREATED;
    if (row != null) {
      if (values.name() != null && !values.name().equals(row.name())) {
        notes.add("name kept as '" + row.name() + "' (the document says '" + values.name() + "')");
      }
      if (values.description() != null && !values.description().equals(row.description())) {
        notes.add("description kept (the document's differs)");
      }
      values = new AccessLinkSpec.Checked(values.interfaceName(), values.vlan(), values.role(),
          row.name() == null ? values.name() : row.name(),
          row.description() == null ? values.description() : row.description(), row.externalId());
      boolean same = values.interfaceName().toString().equals(row.interfaceName())
          && values.vlan().value() == row.vlanId() && values.role().name().equals(row.role())
          && Objects.equals(values.name(), row.name()) && Objects.equals(values.description(), row.description());
      change = same ? Change.UNCHANGED : Change.UPDATED;
    }
    return new LinkPlan(change, row, values, notes);
  }

  /** Site names once per customer (case-insensitive) and LANs of one customer never overlapping. */
  private void checkSiteNamesAndLans(List<CustomerPlan> customers, List<Placed> placed) {
    Map<CustomerPlan, List<Placed>> byCustomer = new java.util.IdentityHashMap<>();
    placed.forEach(p -> byCustomer.computeIfAbsent(p.customer(), c -> new ArrayList<>()).add(p));
    for (CustomerPlan customer : customers) {
      List<Placed> sites = byCustomer.getOrDefault(customer, List.of());
      Set<Long> claimed = new HashSet<>();
      sites.forEach(p -> { if (p.site().stored() != null) claimed.add(p.site().stored().id()); });
      List<Lan> lans = new ArrayList<>();
      Map<String, String> names = new HashMap<>();
      if (customer.stored() != null) {
        for (SiteRow other : stored.sitesByCustomer().getOrDefault(customer.stored().id(), List.of())) {
          if (!claimed.contains(other.id())) {
            names.put(other.name().toLowerCase(Locale.ROOT), "stored site '" + other.name() + "'");
            lans.add(new Lan(InterfaceAddress.parse(other.lanGateway()).network(), null,
                "site '" + other.name() + "'"));
          }
        }
      }
      for (Placed p : sites) {
        String key = p.site().values().name().toLowerCase(Locale.ROOT);
        String holder = names.putIfAbsent(key, p.path());
        if (holder != null) {
          errors.add(new FieldError(p.path() + ".name", "customer '" + customer.name()
              + "' already has a site named '" + p.site().values().name() + "' (" + holder + ")"));
        }
        lans.add(new Lan(p.site().values().lan().network(), p.path(), p.path()));
      }
      lans.sort(Comparator.comparingLong((Lan l) -> l.network().firstUnsigned())
          .thenComparingInt(l -> l.network().length()));
      Lan widest = null;
      for (Lan lan : lans) {
        if (widest != null && widest.network().lastUnsigned() >= lan.network().firstUnsigned()) {
          Lan blamed = lan.path() != null ? lan : widest;
          Lan other = blamed == lan ? widest : lan;
          if (blamed.path() != null) {
            errors.add(new FieldError(blamed.path() + ".lanGateway", "LAN " + blamed.network() + " overlaps "
                + other.network() + " of " + other.label() + " of the same customer"));
          }
        }
        if (widest == null || lan.network().lastUnsigned() > widest.network().lastUnsigned()) {
          widest = lan;
        }
      }
    }
  }

  private record Lan(Ipv4Prefix network, String path, String label) {}

  /**
   * Routing instances once per router: existing sites keep theirs (checked free on a router they
   * move to), given names are checked, the others derived from customer and site name with the
   * first free {@code -n} suffix.
   */
  private List<Placed> assignRoutingInstances(List<Placed> placed) {
    Map<Long, Map<String, String>> taken = new HashMap<>();
    for (var e : stored.instancesByRouter().entrySet()) {
      Map<String, String> names = new HashMap<>();
      e.getValue().forEach((instance, siteId) -> names.put(instance, "site " + siteId));
      taken.put(e.getKey(), names);
    }
    for (Placed p : placed) {
      SiteRow row = p.site().stored();
      if (row != null) {
        Map<String, String> old = taken.get(row.routerId());
        if (old != null) {
          old.remove(row.routingInstance());
        }
      }
    }
    Placed[] result = new Placed[placed.size()];
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < placed.size(); i++) {
        Placed p = placed.get(i);
        SitePlan site = p.site();
        boolean fixed = site.routingInstance() != null;
        if ((pass == 0) != fixed) {
          continue;
        }
        Map<String, String> names = taken.computeIfAbsent(site.router().id(), r -> new HashMap<>());
        RoutingInstanceName instance = site.routingInstance();
        if (fixed) {
          String holder = names.putIfAbsent(instance.value(), p.path());
          if (holder != null) {
            errors.add(new FieldError(p.path() + ".routingInstance", "routing instance '" + instance
                + "' is already used on router '" + site.router().name() + "' (" + holder + ")"));
          }
        } else {
          RoutingInstanceName base = RoutingInstanceName.derive(p.customer().name().value(), site.values().name());
          instance = base;
          for (int n = 2; names.containsKey(instance.value()); n++) {
            if (n > MAX_INSTANCE_SUFFIX) {
              errors.add(new FieldError(p.path() + ".routingInstance", "no free routing-instance name like '"
                  + base + "' on router '" + site.router().name() + "'; give one explicitly"));
              break;
            }
            instance = base.withSuffix(n);
          }
          names.put(instance.value(), p.path());
          site = new SitePlan(site.change(), site.stored(), site.router(), instance, site.values(),
              site.notes(), site.links());
        }
        result[i] = new Placed(p.path(), p.customer(), site);
      }
    }
    return List.of(result);
  }

  /** VLANs once per router port and interfaces once per router, document and stored links together. */
  private void checkLinksOnRouters(List<Placed> placed) {
    Set<Long> claimed = new HashSet<>();
    for (Placed p : placed) {
      for (LinkPlan link : p.site().links()) {
        if (link.stored() != null) {
          claimed.add(link.stored().id());
        }
      }
    }
    Map<String, String> vlans = new HashMap<>();
    Map<String, String> interfaces = new HashMap<>();
    for (LinkRow row : stored.linksOnRouters()) {
      if (!claimed.contains(row.id())) {
        String holder = row.interfaceName() + " (site '" + row.siteName() + "')";
        vlans.put(row.routerId() + " " + row.physicalPort() + " " + row.vlanId(), holder);
        interfaces.put(row.routerId() + " " + row.interfaceName(), holder);
      }
    }
    for (Placed p : placed) {
      RouterRow router = p.site().router();
      List<LinkPlan> links = p.site().links();
      for (int k = 0; k < links.size(); k++) {
        AccessLinkSpec.Checked link = links.get(k).values();
        String path = p.path() + ".accessLinks[" + k + "]";
        String holder = interfaces.putIfAbsent(router.id() + " " + link.interfaceName(), path);
        if (holder != null) {
          errors.add(new FieldError(path + ".interfaceName", "interface " + link.interfaceName()
              + " on router '" + router.name() + "' is already used by " + holder));
          continue;
        }
        holder = vlans.putIfAbsent(router.id() + " " + link.interfaceName().physicalPort() + " " + link.vlan().value(), path);
        if (holder != null) {
          errors.add(new FieldError(path + ".vlanId", "VLAN " + link.vlan().value() + " is already used on port "
              + link.interfaceName().physicalPort() + " of router '" + router.name() + "' by " + holder));
        }
      }
    }
  }

  /** Records {@code key} as seen at {@code path}; a second sighting is an error against the field. */
  private static void once(Violations v, Map<String, String> seen, String field, String key, String path) {
    String first = seen.putIfAbsent(key, path);
    if (first != null) {
      v.add(field, "'" + key + "' appears twice in the document (also " + first + ")");
    }
  }

  private void collect(String path, Violations v) {
    for (FieldError e : v.errors()) {
      errors.add(new FieldError(path + "." + e.field(), e.message()));
    }
  }

  private static String or(String given, String kept) {
    return given != null ? given : kept;
  }
}
