package org.ccpe.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.SecretCipher;
import org.ccpe.inventory.Site;
import org.ccpe.services.ServiceSettings;
import org.ccpe.services.SettingsJson;
import org.ccpe.services.SiteServices;

/**
 * Builds the renderer's {@link SiteContext} of a site (or of a router's whole batch of sites) from
 * the inventory and its intended settings, and allocates the site's {@code irb} unit on its router the first time it is needed.
 */
@Stateless
@PermitAll
public class SiteContexts {
  @PersistenceContext private EntityManager em;

  /** The context of a provisioned site as intended now (MANDATORY: within the caller's transaction). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public SiteContext of(Site site, SiteServices services) {
    return context(site, services, linksOf(List.of(site.getId())).getOrDefault(site.getId(), List.of()));
  }

  /**
   * The contexts of many provisioned sites at once, by site ID, with one query for all their access
   * links: a router's batch of a hundred sites costs a few queries, not a few per site. The sites
   * should come with their customer and router fetched.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Map<Long, SiteContext> of(Collection<SiteServices> provisioned) {
    Map<Long, List<SiteContext.Link>> links = linksOf(provisioned.stream().map(SiteServices::getSiteId).toList());
    Map<Long, SiteContext> contexts = new LinkedHashMap<>();
    for (SiteServices services : provisioned) {
      Site site = services.getSite();
      contexts.put(site.getId(), context(site, services, links.getOrDefault(site.getId(), List.of())));
    }
    return contexts;
  }

  private SiteContext context(Site site, SiteServices services, List<SiteContext.Link> links) {
    ServiceSettings settings = services == null ? ServiceSettings.none()
        : withClearCommunity(SettingsJson.read(services.settingsJson()));
    return new SiteContext(site.getRoutingInstance(), site.getCustomer().getName(), site.getName(),
        site.getLanGateway(), irbUnit(site), site.getRouteDistinguisher(), site.getVrfTarget(),
        site.getRouter().getServicesInterface(), links, settings);
  }

  /** The access links of these sites, by site ID, each site's in interface-name order. */
  private Map<Long, List<SiteContext.Link>> linksOf(List<Long> siteIds) {
    Map<Long, List<SiteContext.Link>> links = new HashMap<>();
    ByIds.load(siteIds, ids -> em.createQuery("select l.site.id, l from AccessLink l where l.site.id in :ids"
            + " order by l.interfaceName", Object[].class).setParameter("ids", ids).getResultList())
        .forEach(row -> {
          AccessLink l = (AccessLink) row[1];
          links.computeIfAbsent((Long) row[0], s -> new ArrayList<>()).add(new SiteContext.Link(l.getInterfaceName(),
              l.getPhysicalPort(), l.getUnit(), l.getVlanId(), l.getRole().name().toLowerCase()));
        });
    return links;
  }

  /** The site's irb unit, allocated as the lowest free unit on its router when it has none. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int irbUnit(Site site) {
    if (site.getIrbUnit() == null) {
      lockAllocationsOf(site.getRouter().getId());
      Number already = (Number) em.createNativeQuery("SELECT irb_unit FROM site WHERE id = ?1")
          .setParameter(1, site.getId()).getSingleResult();
      if (already != null) { // a concurrent first change of this very site allocated it meanwhile
        em.refresh(site);
        return site.getIrbUnit();
      }
      List<Integer> used = em.createQuery(
              "select s.irbUnit from Site s where s.router = :r and s.irbUnit is not null order by s.irbUnit", Integer.class)
          .setParameter("r", site.getRouter())
          .getResultList();
      int unit = 1;
      for (int taken : used) {
        if (taken == unit) {
          unit++;
        } else if (taken > unit) {
          break;
        }
      }
      site.assignIrbUnit(unit);
      em.flush();
    }
    return site.getIrbUnit();
  }

  /**
   * Waits for, then holds until this transaction ends, the router's allocation lock, so two
   * transactions never choose a unit on one router at the same time.
   */
  private void lockAllocationsOf(long routerId) {
    int rows = em.createNativeQuery("SELECT router_id FROM router_allocation_lock WHERE router_id = ?1 FOR UPDATE")
        .setParameter(1, routerId).getResultList().size();
    if (rows == 0) {
      em.createNativeQuery("INSERT INTO router_allocation_lock (router_id) VALUES (?1)")
          .setParameter(1, routerId).executeUpdate();
    }
  }

  /** Stored documents keep the SNMP community encrypted; the router needs it in clear. */
  private static ServiceSettings withClearCommunity(ServiceSettings stored) {
    if (stored.snmp() == null || stored.snmp().community() == null) {
      return stored;
    }
    ServiceSettings.SnmpAccess snmp = new ServiceSettings.SnmpAccess(
        SecretCipher.configured().decrypt(stored.snmp().community()), stored.snmp().clients(), stored.snmp().trapTargets());
    return new ServiceSettings(stored.secondaryLanRanges(), stored.staticRoutes(), stored.dhcpServer(),
        stored.dhcpRelay(), stored.nat(), stored.firewallRules(), snmp);
  }
}
