package org.ccpe.diagnostics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.inventory.Site;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.provisioning.RouterAccess;

/**
 * The devices on a site's LAN, as its router's DHCP server lists them right now (nothing is
 * stored). Runs outside a transaction: the router may take seconds to answer, and no database
 * connection should wait for it.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
    Roles.CUSTOMER_MONITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActiveDevices {
  @PersistenceContext private EntityManager em;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;

  /**
   * @throws org.ccpe.common.NotFoundException for an unknown site or another customer's
   * @throws RouterReplyException when the router cannot be asked or answers nonsense
   */
  public ActiveDeviceList of(long siteId) {
    tasks.require(PortalTask.ACTIVE_DEVICES);
    Site site = tenant.requireOwned(Site.load(em, siteId), "site", siteId);
    String instance = site.getRoutingInstance();
    try (NetconfSession session = RouterSessions.open(RouterAccess.of(site.getRouter()))) {
      var reply = session.junos().operational(OperationalRequests.dhcpBindings(instance));
      Instant now = Instant.now();
      List<DhcpBinding> devices = DhcpBindingsReply.parse(Junos.results(reply), instance, now);
      return new ActiveDeviceList(site.getId(), site.getName(), instance, now, devices);
    } catch (NetconfException e) {
      throw new RouterReplyException("the router did not list the site's devices: " + e.getMessage(), e);
    }
  }
}
