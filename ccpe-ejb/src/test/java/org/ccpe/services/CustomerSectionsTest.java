package org.ccpe.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.ccpe.access.PortalTask;
import org.ccpe.common.ForbiddenException;
import org.junit.jupiter.api.Test;

class CustomerSectionsTest {
  private static final ServiceSettings.StaticRoute ROUTE =
      new ServiceSettings.StaticRoute("192.168.9.0/24", "10.1.2.254", null);
  private static final ServiceSettings STORED = new ServiceSettings(List.of("10.9.0.1/24"), List.of(ROUTE),
      null, null, new ServiceSettings.Nat("203.0.113.8/30", List.of()), List.of(),
      new ServiceSettings.SnmpAccess("sealed-community", List.of("10.1.2.0/24"), List.of()));

  @Test
  void needsNoTaskWhenTheDocumentComesBackAsItWasRead() {
    assertEquals(Set.of(), CustomerSections.touched(STORED, ServiceChangeService.masked(STORED), false));
  }

  @Test
  void needsTheTaskOfEachSectionThatChanges() {
    ServiceSettings wanted = new ServiceSettings(STORED.secondaryLanRanges(), List.of(), null,
        new ServiceSettings.DhcpRelay(List.of("10.0.0.53")), STORED.nat(), STORED.firewallRules(), STORED.snmp());
    assertEquals(Set.of(PortalTask.STATIC_ROUTES, PortalTask.DHCP_RELAY),
        CustomerSections.touched(STORED, wanted, false));
  }

  @Test
  void needsTheNatTaskForPortMappingsOnly() {
    ServiceSettings samePublicRange = withNat(new ServiceSettings.Nat("203.0.113.8/30", List.of(
        new ServiceSettings.PortMapping("web", "tcp", "203.0.113.9", 8443, "10.1.2.10", 443))));
    assertEquals(Set.of(PortalTask.NAT_MAPPINGS), CustomerSections.touched(STORED, samePublicRange, false));
    assertThrows(ForbiddenException.class, () -> CustomerSections.touched(STORED,
        withNat(new ServiceSettings.Nat("198.51.100.0/29", List.of())), false), "the public range is the provider's");
  }

  @Test
  void refusesChangesOfTheProvidersSections() {
    ServiceSettings lan = new ServiceSettings(List.of(), STORED.staticRoutes(), null, null, STORED.nat(),
        STORED.firewallRules(), STORED.snmp());
    assertThrows(ForbiddenException.class, () -> CustomerSections.touched(STORED, lan, false));
    ServiceSettings snmp = new ServiceSettings(STORED.secondaryLanRanges(), STORED.staticRoutes(), null, null,
        STORED.nat(), STORED.firewallRules(), new ServiceSettings.SnmpAccess(null, List.of(), List.of()));
    assertThrows(ForbiddenException.class, () -> CustomerSections.touched(STORED, snmp, false));
    assertThrows(ForbiddenException.class, () -> CustomerSections.touched(STORED, STORED, true),
        "sending a community is changing it");
  }

  private static ServiceSettings withNat(ServiceSettings.Nat nat) {
    return new ServiceSettings(STORED.secondaryLanRanges(), STORED.staticRoutes(), null, null, nat,
        STORED.firewallRules(), STORED.snmp());
  }
}
