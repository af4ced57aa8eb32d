package org.ccpe.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalTaskTest {
  @Test
  void letsMonitorsUseOnlyTasksThatChangeNothing() {
    for (PortalTask task : PortalTask.values()) {
      assertTrue(task.allows(Role.CUSTOMER_ADMIN), task::name);
      assertEquals(!task.isConfiguration(), task.allows(Role.CUSTOMER_MONITOR), task::name);
    }
    assertFalse(PortalTask.CONTACT_INFO.allows(Role.CUSTOMER_MONITOR));
    assertTrue(PortalTask.STATUS.allows(Role.CUSTOMER_MONITOR));
  }

  @Test
  void isNoTaskOfProviderRoles() {
    assertFalse(PortalTask.DASHBOARD.allows(Role.PROVIDER_ADMIN), "provider users do not use the portal");
  }

  @Test
  void readsItsKeyBackAndRefusesUnknownOnes() {
    for (PortalTask task : PortalTask.values()) {
      assertEquals(task, PortalTask.fromKey(task.key()));
    }
    assertEquals("nat-mappings", PortalTask.NAT_MAPPINGS.key());
    assertThrows(IllegalArgumentException.class, () -> PortalTask.fromKey("root-shell"));
  }

  @Test
  void appliesACustomersOverrideOverTheGlobalSwitch() {
    PortalTaskSettings settings = new PortalTaskSettings(3,
        Map.of(PortalTask.FIREWALL, false, PortalTask.NAT_MAPPINGS, false, PortalTask.STATUS, true),
        7L, Map.of(PortalTask.FIREWALL, true, PortalTask.STATUS, false), null, null);

    EnumSet<PortalTask> expected = EnumSet.allOf(PortalTask.class);
    expected.remove(PortalTask.NAT_MAPPINGS); // off for all, no override
    expected.remove(PortalTask.STATUS); // on for all, off for this customer
    assertEquals(expected, settings.effective(), "firewall: off for all, on for this customer");
  }

  @Test
  void treatsATaskWithoutASwitchAsOn() {
    assertEquals(EnumSet.allOf(PortalTask.class),
        new PortalTaskSettings(0, Map.of(), null, null, null, null).effective());
  }
}
