package org.ccpe.services;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.common.Violations;
import org.ccpe.inventory.AccessLinkRole;
import org.ccpe.inventory.SecretCipher;
import org.ccpe.inventory.Site;
import org.ccpe.net.InterfaceAddress;
import org.ccpe.net.Ipv4Prefix;
import org.ccpe.provisioning.DryRun;
import org.ccpe.provisioning.DryRunner;
import org.ccpe.provisioning.JobKind;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.provisioning.ProvisioningQueue;
import org.ccpe.provisioning.SiteContext;
import org.ccpe.provisioning.SiteContexts;

/**
 * Every change of a site's service settings, from any face: validated whole against the site
 * (nothing stored when one field is wrong), stored as the site's new intended revision with its
 * history, audited, and queued for the router — all in one transaction.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class ServiceChangeService {
  static final String ENTITY = "site-services";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private ProvisioningQueue queue;
  @EJB private SiteContexts contexts;
  @EJB private DryRunner dryRunner;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;

  /**
   * A site's settings. Customer users see their own customer's sites only (any other is not
   * found), and not the router's drift diff, which shows the provider's configuration.
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public ServicesView get(long siteId) {
    Site site = site(siteId);
    ServicesView view = view(site, em.find(SiteServices.class, site.getId()));
    return tenant.isCustomer() ? view.withoutDriftDiff() : view;
  }

  /**
   * Replaces the site's whole settings document. An SNMP section without a community keeps the
   * stored one (the community is never shown, so a client cannot send it back).
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.CUSTOMER_ADMIN})
  public ServiceChange change(long siteId, Long expectedVersion, ServiceSettings input) {
    Site site = site(siteId);
    SiteServices services = em.find(SiteServices.class, site.getId());
    if (services != null) {
      services.checkVersion(expectedVersion);
    }
    ServiceSettings stored = services == null ? null : SettingsJson.read(services.settingsJson());
    ServiceSettings valid = validate(site, keepCommunity(input, stored));
    if (tenant.isCustomer()) {
      // a customer changes only the sections of its switched-on tasks
      CustomerSections.touched(stored, valid, input.snmp() != null && input.snmp().community() != null)
          .forEach(tasks::require);
    }
    ServiceSettings sealed = valid.snmp() == null ? valid
        : withCommunity(valid, SecretCipher.configured().encrypt(valid.snmp().community()));
    String json = SettingsJson.write(sealed);
    Map<String, Object> before = services == null ? null : auditView(stored);
    if (services == null) {
      services = new SiteServices(site, json);
      em.persist(services);
    } else {
      services.replace(json);
    }
    em.flush();
    em.persist(new ServiceRevision(site.getId(), services.getRevision(), json, audit.currentActor(), audit.currentChannel()));
    if (before == null) {
      audit.created(ENTITY, site.getId(), site.getName(), auditView(sealed));
    } else {
      audit.updated(ENTITY, site.getId(), site.getName(), before, auditView(sealed));
    }
    ProvisioningJob job = queue.apply(site, services, JobKind.APPLY);
    return new ServiceChange(view(site, services), job);
  }

  /** Pushes the site's intended settings again, overwriting whatever the router has (drift). */
  public ProvisioningJob repush(long siteId) {
    Site site = site(siteId);
    SiteServices services = em.find(SiteServices.class, site.getId());
    if (services == null) {
      services = new SiteServices(site, SettingsJson.write(ServiceSettings.none()));
      em.persist(services);
      em.flush();
    }
    return queue.apply(site, services, JobKind.REPUSH);
  }

  /**
   * Renders a proposed document and asks the router for its diff and {@code commit check}
   * verdict, then discards: nothing is stored and the router's configuration does not change.
   */
  public DryRun dryRun(long siteId, ServiceSettings input) {
    Site site = site(siteId);
    SiteServices services = em.find(SiteServices.class, site.getId());
    ServiceSettings stored = services == null ? null : SettingsJson.read(services.settingsJson());
    ServiceSettings valid = validate(site, keepCommunity(input, stored));
    SiteContext current = contexts.of(site, services);
    SiteContext proposed = new SiteContext(current.routingInstance(), current.customerName(), current.siteName(),
        current.lanGateway(), current.irbUnit(), current.routeDistinguisher(), current.vrfTarget(),
        current.servicesInterface(), current.accessLinks(), valid);
    return dryRunner.dryRun(site.getRouter().getId(), proposed);
  }

  private Site site(long siteId) {
    return tenant.requireOwned(Site.load(em, siteId), "site", siteId);
  }

  private ServiceSettings validate(Site site, ServiceSettings input) {
    if (input == null) {
      throw ValidationFailedException.of("body", "a settings document is required");
    }
    boolean internet = em.createQuery("select count(l) from AccessLink l where l.site = :s and l.role = :r", Long.class)
        .setParameter("s", site).setParameter("r", AccessLinkRole.INTERNET).getSingleResult() > 0;
    Violations violations = new Violations();
    ServiceSettings valid = new ServiceSettingsValidator()
        .validate(input, SiteFacts.of(site.getLanGateway(), internet), violations);
    violations.throwIfAny();
    checkSecondaryRangesAgainstSiblings(site, valid, violations);
    violations.throwIfAny();
    return valid;
  }

  /** A customer's sites share one VPN: a secondary LAN may not overlap any other site's LAN. */
  private void checkSecondaryRangesAgainstSiblings(Site site, ServiceSettings valid, Violations violations) {
    if (valid.secondaryLanRanges().isEmpty()) {
      return;
    }
    List<Site> siblings = em.createQuery("select s from Site s where s.customer = :c and s <> :self", Site.class)
        .setParameter("c", site.getCustomer()).setParameter("self", site).getResultList();
    for (int i = 0; i < valid.secondaryLanRanges().size(); i++) {
      Ipv4Prefix mine = InterfaceAddress.parse(valid.secondaryLanRanges().get(i)).network();
      for (Site other : siblings) {
        List<String> theirs = new ArrayList<>();
        theirs.add(other.getLanGateway());
        SiteServices otherServices = em.find(SiteServices.class, other.getId());
        if (otherServices != null) {
          theirs.addAll(SettingsJson.read(otherServices.settingsJson()).secondaryLanRanges());
        }
        for (String range : theirs) {
          Ipv4Prefix their = InterfaceAddress.parse(range).network();
          if (mine.overlaps(their)) {
            violations.add("secondaryLanRanges[" + i + "]",
                mine + " overlaps " + their + " of site '" + other.getName() + "' of the same customer");
          }
        }
      }
    }
  }

  /** Puts the stored community (clear text) into an SNMP section sent without one. */
  private static ServiceSettings keepCommunity(ServiceSettings input, ServiceSettings stored) {
    if (input == null || input.snmp() == null || input.snmp().community() != null
        || stored == null || stored.snmp() == null || stored.snmp().community() == null) {
      return input;
    }
    return withCommunity(input, SecretCipher.configured().decrypt(stored.snmp().community()));
  }

  private static ServiceSettings withCommunity(ServiceSettings s, String community) {
    if (s.snmp() == null) {
      return s;
    }
    return new ServiceSettings(s.secondaryLanRanges(), s.staticRoutes(), s.dhcpServer(), s.dhcpRelay(), s.nat(),
        s.firewallRules(), new ServiceSettings.SnmpAccess(community, s.snmp().clients(), s.snmp().trapTargets()));
  }

  /** The settings without the community's value, for callers and the audit trail. */
  static ServiceSettings masked(ServiceSettings s) {
    return s == null ? null : withCommunity(s, null);
  }

  private static Map<String, Object> auditView(ServiceSettings settings) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("settings", SettingsJson.write(masked(settings)));
    return view;
  }

  private static ServicesView view(Site site, SiteServices services) {
    if (services == null) {
      return new ServicesView(site.getId(), ServiceSettings.none(), 0, 0, null, null, false, false, false,
          false, null, null);
    }
    ServiceSettings stored = SettingsJson.read(services.settingsJson());
    return new ServicesView(site.getId(), masked(stored), services.getRevision(), services.getRevision(),
        services.getAppliedRevision(), services.getAppliedAt(), true, services.isApplied(),
        stored.snmp() != null && stored.snmp().community() != null, services.isDrift(), services.getDriftDiff(),
        services.getDriftCheckedAt());
  }
}
