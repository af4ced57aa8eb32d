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
import org.ccpe.net.InterfaceName;
import org.ccpe.net.VlanId;

/**
 * Access links of a site. A VLAN ID is used once per physical port of a router, and a logical
 * interface belongs to one link; both clashes are refused with the link that holds them.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class AccessLinkService {
  static final String ENTITY = "access-link";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @Inject private Event<SiteInventoryChanged> changes;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;

  public AccessLink create(long siteId, AccessLinkSpec spec) {
    Site site = Site.load(em, siteId);
    AccessLink link = new AccessLink(site);
    apply(link, spec, site);
    em.persist(link);
    audit.created(ENTITY, link.getId(), link.getInterfaceName(), link.auditView());
    siteChanged(site);
    return link;
  }

  public AccessLink update(long id, Long expectedVersion, AccessLinkSpec spec) {
    AccessLink link = find(id);
    link.checkVersion(ENTITY, expectedVersion);
    Map<String, Object> before = link.auditView();
    apply(link, spec, link.getSite());
    em.flush();
    audit.updated(ENTITY, id, link.getInterfaceName(), before, link.auditView());
    siteChanged(link.getSite());
    return link;
  }

  public void delete(long id, Long expectedVersion) {
    AccessLink link = find(id);
    link.checkVersion(ENTITY, expectedVersion);
    remove(link);
    em.flush();
    siteChanged(link.getSite());
  }

  private void siteChanged(Site site) {
    em.flush();
    changes.fire(new SiteInventoryChanged(site, site.getRouter().getId(), false));
  }

  /** Removes every link of a site, within the site's removal. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void deleteAllOf(Site site) {
    em.createQuery("select l from AccessLink l where l.site = :s", AccessLink.class)
        .setParameter("s", site).getResultList().forEach(this::remove);
  }

  private void remove(AccessLink link) {
    audit.deleted(ENTITY, link.getId(), link.getInterfaceName(), link.auditView());
    em.remove(link);
  }

  /** A link; customer users see only their own customer's (any other id is not found). */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public AccessLink get(long id) {
    return tenant.requireOwned(find(id), ENTITY, id);
  }

  /** Links; a customer user's list holds its own customer's only, whatever it filters by. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public Page<AccessLink> list(AccessLinkFilter filter, PageRequest page) {
    return new FilteredQuery<>(em, AccessLink.class,
        "from AccessLink l join fetch l.site s join fetch s.customer c join fetch l.router r")
        .where("s.id = :site", "site", filter.siteId())
        .where("c.id = :customer", "customer", tenant.scope(filter.customerId()))
        .where("r.id = :router", "router", filter.routerId())
        .whereContains("l.name", "name", filter.nameContains())
        .where("l.externalId = :externalId", "externalId", filter.externalId())
        .orderBy("r.name, l.interfaceName")
        .page(page);
  }

  /** A link's name and description (portal task Display Names); the interface and VLAN stay. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.CUSTOMER_ADMIN})
  public AccessLink rename(long id, Long expectedVersion, DisplayName names) {
    tasks.require(PortalTask.DISPLAY_NAMES);
    AccessLink link = get(id);
    link.checkVersion(ENTITY, expectedVersion);
    Violations v = new Violations();
    String checkedName = v.optional("name", names.name(), 64);
    String checkedDescription = v.optional("description", names.description(), 1000);
    v.throwIfAny();
    Map<String, Object> before = link.auditView();
    link.describe(checkedName, checkedDescription, link.getExternalId());
    em.flush();
    audit.updated(ENTITY, id, link.getInterfaceName(), before, link.auditView());
    siteChanged(link.getSite());
    return link;
  }

  /** The link with what every caller shows of it (site, customer, router) loaded. */
  AccessLink find(long id) {
    return em.createQuery("select l from AccessLink l join fetch l.site s join fetch s.customer"
                + " join fetch l.router where l.id = :id", AccessLink.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(ENTITY, id));
  }

  private void apply(AccessLink link, AccessLinkSpec spec, Site site) {
    Violations v = new Violations();
    Router router = site.getRouter();
    if (spec.routerId() != null) {
      router = em.find(Router.class, spec.routerId());
      if (router == null) {
        v.add("routerId", "no router " + spec.routerId());
      }
    }
    AccessLinkSpec.Checked checked = spec.check(v);
    InterfaceName interfaceName = checked.interfaceName();
    VlanId vlan = checked.vlan();
    v.throwIfAny();
    List<AccessLink> samePort = em.createQuery(
            "select l from AccessLink l join fetch l.site where l.router = :r and l.physicalPort = :p", AccessLink.class)
        .setParameter("r", router)
        .setParameter("p", interfaceName.physicalPort())
        .getResultList();
    for (AccessLink other : samePort) {
      if (other.equals(link)) {
        continue;
      }
      if (other.getInterfaceName().equals(interfaceName.toString())) {
        throw new ConflictException("interfaceName", "interface " + interfaceName + " on router '"
            + router.getName() + "' is already used by site '" + other.getSite().getName() + "'");
      }
      if (other.getVlanId() == vlan.value()) {
        throw new ConflictException("vlanId", "VLAN " + vlan.value() + " is already used on port "
            + interfaceName.physicalPort() + " of router '" + router.getName() + "' by "
            + other.getInterfaceName() + " (site '" + other.getSite().getName() + "')");
      }
    }
    ExternalIds.requireFree(em, "AccessLink", checked.externalId(), link.getExternalId());
    BulkInventory.apply(link, router, checked);
  }
}
