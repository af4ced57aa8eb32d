package org.ccpe.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.Violations;
import org.ccpe.net.InterfaceAddress;

/**
 * Sites of a customer. A site's LAN may not overlap another site's of the same customer (they
 * share one VPN), and its routing-instance name is unique on its router.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class SiteService {
  static final String ENTITY = "site";
  private static final int MAX_NAME_SUFFIX = 99;

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private AccessLinkService accessLinks;
  @Inject private Event<SiteInventoryChanged> changes;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;

  public Site create(long customerId, SiteSpec spec) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      throw new NotFoundException(CustomerService.ENTITY, customerId);
    }
    Violations v = new Violations();
    RoutingInstanceName givenInstance =
        v.parseOptional("routingInstance", spec.routingInstance(), RoutingInstanceName::parse);
    Details d = validate(spec, v);
    v.throwIfAny();
    RoutingInstanceName instance = givenInstance != null
        ? requireFreeInstance(d.router(), givenInstance, null)
        : freeInstance(d.router(), RoutingInstanceName.derive(customer.getName(), d.name()));
    Site site = new Site(customer, d.name(), instance);
    apply(site, d);
    em.persist(site);
    audit.created(ENTITY, site.getId(), site.getName(), site.auditView());
    return site;
  }

  /** Changes a site; its routing-instance name stays (moving it to a router where it clashes is refused). */
  public Site update(long id, Long expectedVersion, SiteSpec spec) {
    Site site = find(id);
    site.checkVersion(ENTITY, expectedVersion);
    Violations v = new Violations();
    if (spec.routingInstance() != null && !spec.routingInstance().isBlank()
        && !spec.routingInstance().strip().equals(site.getRoutingInstance())) {
      v.add("routingInstance", "is fixed once the site exists");
    }
    Details d = validate(spec, v);
    v.throwIfAny();
    if (!d.router().equals(site.getRouter())) {
      requireFreeInstance(d.router(), new RoutingInstanceName(site.getRoutingInstance()), site);
    }
    Map<String, Object> before = site.auditView();
    long previousRouter = site.getRouter().getId();
    apply(site, d);
    em.flush();
    audit.updated(ENTITY, id, site.getName(), before, site.auditView());
    changes.fire(new SiteInventoryChanged(site, previousRouter, false));
    return site;
  }

  /** Removes a site and its access links. */
  public void delete(long id, Long expectedVersion) {
    Site site = find(id);
    site.checkVersion(ENTITY, expectedVersion);
    remove(site);
  }

  /** Removes every site of a customer, within the customer's removal. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void deleteAllOf(Customer customer) {
    List<Site> sites = em.createQuery("select s from Site s where s.customer = :c", Site.class)
        .setParameter("c", customer).getResultList();
    sites.forEach(this::remove);
  }

  private void remove(Site site) {
    changes.fire(new SiteInventoryChanged(site, site.getRouter().getId(), true));
    accessLinks.deleteAllOf(site);
    audit.deleted(ENTITY, site.getId(), site.getName(), site.auditView());
    em.remove(site);
  }

  /** A site; customer users see only their own customer's (any other id is not found). */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public Site get(long id) {
    return tenant.requireOwned(find(id), ENTITY, id);
  }

  /** Sites; a customer user's list holds its own customer's only, whatever it filters by. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public Page<Site> list(SiteFilter filter, PageRequest page) {
    return new FilteredQuery<>(em, Site.class,
        "from Site s join fetch s.customer c join fetch s.router r")
        .where("c.id = :customer", "customer", tenant.scope(filter.customerId()))
        .where("r.id = :router", "router", filter.routerId())
        .whereContains("s.name", "name", filter.nameContains())
        .where("s.externalId = :externalId", "externalId", filter.externalId())
        .orderBy("c.name, s.name")
        .page(page);
  }

  /**
   * A customer administrator's changes of one of its sites: name and description (portal task
   * Display Names) and contact details (Update Contact Info); null leaves one as it is, and only a
   * part that really changes needs its task. The routing-instance name, derived from the first
   * name, stays: renaming a site never renames anything on the router.
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.CUSTOMER_ADMIN})
  public Site updateOwn(long id, Long expectedVersion, DisplayName names, ContactDetails contact) {
    Site site = get(id);
    site.checkVersion(ENTITY, expectedVersion);
    DisplayName wantedNames = names == null ? new DisplayName(site.getName(), site.getDescription()) : names;
    ContactDetails wantedContact = contact == null ? contactOf(site) : contact;
    SiteSpec spec = new SiteSpec(wantedNames.name(), wantedNames.description(), site.getRouter().getId(), null,
        site.getLanGateway(), wantedContact.contactName(), wantedContact.contactEmail(),
        wantedContact.contactInfo(), site.getExternalId(), site.getRouteDistinguisher(), site.getVrfTarget());
    Violations v = new Violations();
    Details d = new Details(site.getRouter(), spec.check(v));
    v.throwIfAny();
    boolean renamed = !d.name().equals(site.getName())
        || !java.util.Objects.equals(d.checked().description(), site.getDescription());
    if (renamed) {
      tasks.require(PortalTask.DISPLAY_NAMES);
    }
    if (!new ContactDetails(d.checked().contactName(), d.checked().contactEmail(), d.checked().contactInfo())
        .equals(contactOf(site))) {
      tasks.require(PortalTask.CONTACT_INFO);
    }
    Map<String, Object> before = site.auditView();
    apply(site, d);
    em.flush();
    audit.updated(ENTITY, id, site.getName(), before, site.auditView());
    if (renamed) {
      changes.fire(new SiteInventoryChanged(site, site.getRouter().getId(), false));
    }
    return site;
  }

  private static ContactDetails contactOf(Site s) {
    return new ContactDetails(s.getContactName(), s.getContactEmail(), s.getContactInfo());
  }

  Site find(long id) {
    return Site.load(em, id);
  }

  private record Details(Router router, SiteSpec.Checked checked) {
    String name() {
      return checked.name();
    }

    InterfaceAddress lan() {
      return checked.lan();
    }
  }

  private Details validate(SiteSpec spec, Violations v) {
    Router router = null;
    if (spec.routerId() == null) {
      v.add("routerId", "is required");
    } else {
      router = em.find(Router.class, spec.routerId());
      if (router == null) {
        v.add("routerId", "no router " + spec.routerId());
      }
    }
    return new Details(router, spec.check(v));
  }

  private void apply(Site site, Details d) {
    List<Site> siblings = em.createQuery("select s from Site s where s.customer = :c", Site.class)
        .setParameter("c", site.getCustomer())
        .getResultList();
    for (Site other : siblings) {
      if (other.equals(site)) {
        continue;
      }
      if (other.getName().equalsIgnoreCase(d.name())) {
        throw new ConflictException("name", "customer '" + site.getCustomer().getName()
            + "' already has a site named '" + other.getName() + "'");
      }
      if (other.lanGatewayAddress().network().overlaps(d.lan().network())) {
        throw new ConflictException("lanGateway", "LAN " + d.lan().network() + " overlaps "
            + other.lanGatewayAddress().network() + " of site '" + other.getName() + "'");
      }
    }
    ExternalIds.requireFree(em, "Site", d.checked().externalId(), site.getExternalId());
    BulkInventory.apply(site, d.router(), d.checked());
  }

  private RoutingInstanceName requireFreeInstance(Router router, RoutingInstanceName name, Site self) {
    if (instanceTaken(router, name, self)) {
      throw new ConflictException("routingInstance", "routing instance '" + name
          + "' is already used on router '" + router.getName() + "'");
    }
    return name;
  }

  /** The derived name, or the first free {@code name-n} when another site on the router has it. */
  private RoutingInstanceName freeInstance(Router router, RoutingInstanceName derived) {
    RoutingInstanceName candidate = derived;
    for (int n = 2; instanceTaken(router, candidate, null); n++) {
      if (n > MAX_NAME_SUFFIX) {
        throw new ConflictException("routingInstance", "no free routing-instance name like '"
            + derived + "' on router '" + router.getName() + "'; give one explicitly");
      }
      candidate = derived.withSuffix(n);
    }
    return candidate;
  }

  private boolean instanceTaken(Router router, RoutingInstanceName name, Site self) {
    return em.createQuery("select s from Site s where s.router = :r and s.routingInstance = :n", Site.class)
        .setParameter("r", router)
        .setParameter("n", name.value())
        .getResultStream()
        .anyMatch(other -> !other.equals(self));
  }
}
