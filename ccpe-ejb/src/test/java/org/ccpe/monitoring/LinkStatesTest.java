package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ccpe.monitoring.snmp.AdminStatus;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.OperStatus;
import org.ccpe.schema.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A link's state survives the round trip through link_state, counters above 2^63 included. */
class LinkStatesTest {
  private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void keepsEverythingTheNextCycleNeeds(String kind) throws SQLException {
    try (TestDatabase db = TestDatabase.migrated(kind); Connection c = db.connection()) {
      db.insertOneOfEach();
      LinkState fresh = LinkStates.ofRouter(c, 1).get(4L);
      assertFalse(fresh.stored);
      assertEquals(LinkStatus.UNKNOWN, fresh.status);
      assertEquals("mx1 ge-1/0/3.210 (acme/hq)", fresh.label);

      fresh.status = LinkStatus.DOWN;
      fresh.statusSince = AT;
      fresh.ifIndex = 517;
      fresh.sampledAt = AT;
      fresh.sysUpTimeTicks = 123_456L;
      fresh.lastReading = new InterfaceReading(517, "ge-1/0/3.210", OperStatus.DOWN, AdminStatus.UP, -5L,
          Long.MAX_VALUE, 10L, null, null, null, null, null, 1, 2, 3, 4, 10_000, 77);
      fresh.highUse.count = 1;
      fresh.highErrors.alarm = true;
      fresh.utilisation = 12.5;
      LinkStates.save(c, List.of(fresh), AT);

      LinkState again = LinkStates.ofLink(c, 4);
      assertTrue(again.stored);
      assertEquals(LinkStatus.DOWN, again.status);
      assertEquals(AT, again.statusSince);
      assertEquals(517, again.ifIndex);
      assertEquals(123_456L, again.sysUpTimeTicks);
      assertEquals(-5L, again.lastReading.hcInOctets(), "2^64 - 5 kept in the long's bits");
      assertEquals(Long.MAX_VALUE, again.lastReading.hcOutOctets());
      assertNull(again.lastReading.hcOutUcastPkts());
      assertEquals(77, again.lastReading.counterDiscontinuityTicks());
      assertEquals(1, again.highUse.count);
      assertTrue(again.highErrors.alarm);
      assertEquals(12.5, again.utilisation);

      again.status = LinkStatus.UP;
      LinkStates.save(c, List.of(again), AT);
      Map<Long, LinkState> byRouter = LinkStates.ofRouter(c, 1);
      assertEquals(LinkStatus.UP, byRouter.get(4L).status, "stored rows are updated, not inserted twice");
    }
  }
}
