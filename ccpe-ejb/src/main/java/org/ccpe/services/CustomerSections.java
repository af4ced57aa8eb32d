package org.ccpe.services;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.ccpe.access.PortalTask;
import org.ccpe.common.ForbiddenException;

/**
 * Which portal task a customer needs for a change of its site's settings: static routes, DHCP
 * server, DHCP relay, NAT port mappings and firewall rules each belong to one task. The rest is
 * the provider's (secondary LAN ranges, the NAT public range, SNMP): a customer changing any of it
 * is refused whatever its tasks.
 */
final class CustomerSections {
  private CustomerSections() {}

  /**
   * The tasks the change from {@code stored} to {@code wanted} (both validated) touches.
   *
   * @param communitySent whether the request carried an SNMP community (a change of the provider's)
   */
  static Set<PortalTask> touched(ServiceSettings stored, ServiceSettings wanted, boolean communitySent) {
    ServiceSettings before = stored == null ? ServiceSettings.none() : stored;
    Set<PortalTask> tasks = EnumSet.noneOf(PortalTask.class);
    if (!before.staticRoutes().equals(wanted.staticRoutes())) {
      tasks.add(PortalTask.STATIC_ROUTES);
    }
    if (!Objects.equals(before.dhcpServer(), wanted.dhcpServer())) {
      tasks.add(PortalTask.DHCP_SERVER);
    }
    if (!Objects.equals(before.dhcpRelay(), wanted.dhcpRelay())) {
      tasks.add(PortalTask.DHCP_RELAY);
    }
    if (!before.firewallRules().equals(wanted.firewallRules())) {
      tasks.add(PortalTask.FIREWALL);
    }
    ServiceSettings.Nat natBefore = before.nat();
    ServiceSettings.Nat natWanted = wanted.nat();
    if (!Objects.equals(natBefore == null ? null : natBefore.publicRange(),
        natWanted == null ? null : natWanted.publicRange())) {
      throw providers("nat.publicRange");
    }
    if (!Objects.equals(natBefore, natWanted)) {
      tasks.add(PortalTask.NAT_MAPPINGS);
    }
    if (!before.secondaryLanRanges().equals(wanted.secondaryLanRanges())) {
      throw providers("secondaryLanRanges");
    }
    if (communitySent || !sameSnmp(before.snmp(), wanted.snmp())) {
      throw providers("snmp");
    }
    return tasks;
  }

  /** SNMP compared without the community, which callers never see. */
  private static boolean sameSnmp(ServiceSettings.SnmpAccess before, ServiceSettings.SnmpAccess wanted) {
    if (before == null || wanted == null) {
      return before == wanted;
    }
    return before.clients().equals(wanted.clients())
        && before.trapTargets().equals(wanted.trapTargets());
  }

  private static ForbiddenException providers(String section) {
    return new ForbiddenException("'" + section + "' is set by your provider; send it back unchanged");
  }
}
