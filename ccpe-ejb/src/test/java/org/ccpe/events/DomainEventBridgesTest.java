package org.ccpe.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.ccpe.monitoring.AlarmCause;
import org.ccpe.monitoring.AlarmCleared;
import org.ccpe.monitoring.AlarmRaised;
import org.ccpe.monitoring.Severity;
import org.ccpe.provisioning.JobStateChanged;
import org.junit.jupiter.api.Test;

class DomainEventBridgesTest {
  private static final Instant AT = Instant.parse("2026-11-28T12:00:00Z");

  @Test
  void anAlarmRaisedBecomesAnAlarmRaisedEventOfItsCustomer() {
    DomainEvent event = DomainEventBridges.alarmRaisedEvent(
        new AlarmRaised(7, AlarmCause.ACCESS_LINK_DOWN, Severity.MAJOR, 3L, 11L, 19L, 2, AT));

    assertEquals(DomainEvent.ALARM_RAISED, event.type());
    assertEquals(3L, event.customerId());
    assertEquals(7L, event.data().get("alarmId"));
    assertEquals("ACCESS_LINK_DOWN", event.data().get("cause"));
    assertEquals("MAJOR", event.data().get("severity"));
    assertEquals(11L, event.data().get("siteId"));
    assertEquals(19L, event.data().get("accessLinkId"));
    assertEquals("2026-11-28T12:00:00Z", event.data().get("at"));
  }

  @Test
  void aRouterAlarmHasNoCustomerAndLeavesOutTheSiteAndLink() {
    DomainEvent event = DomainEventBridges.alarmClearedEvent(
        new AlarmCleared(8, AlarmCause.ROUTER_UNREACHABLE, Severity.CRITICAL, null, null, null, 2, AT));

    assertEquals(DomainEvent.ALARM_CLEARED, event.type());
    assertEquals(null, event.customerId());
    assertEquals(2L, event.data().get("routerId"));
    assertFalse(event.data().containsKey("siteId"));
    assertFalse(event.data().containsKey("accessLinkId"));
  }

  @Test
  void aJobStateChangeBecomesAJobEventOfItsCustomer() {
    DomainEvent event = DomainEventBridges.jobEvent(new JobStateChanged(41, 11, 3, 2, "committed", null, AT));

    assertEquals(DomainEvent.JOB_STATE_CHANGED, event.type());
    assertEquals(3L, event.customerId());
    assertEquals(41L, event.data().get("jobId"));
    assertEquals("committed", event.data().get("state"));
    assertFalse(event.data().containsKey("message"));
  }
}
