package org.ccpe.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProvisioningSettingsTest {
  private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

  private static ProvisioningSettings settle(long settleMs, long maxHoldMs) {
    ProvisioningSettings d = ProvisioningSettings.current();
    return new ProvisioningSettings(d.commitInterval(), d.parallelRouters(), d.confirmMinutes(), d.maxAttempts(),
        Duration.ofMillis(500), d.replyTimeout(), d.commitTimeout(), d.driftInterval(), d.maxSitesPerCommit(),
        Duration.ofMillis(settleMs), Duration.ofMillis(maxHoldMs));
  }

  @Test
  void withoutASettleTimeEveryQueueIsReady() {
    assertTrue(settle(0, 30_000).ready(now, now, now));
  }

  @Test
  void holdsAQueueThatIsStillGrowing() {
    ProvisioningSettings s = settle(500, 30_000);
    assertFalse(s.ready(now.minusMillis(100), now.minusSeconds(5), now), "a change arrived 100 ms ago");
    assertTrue(s.ready(now.minusMillis(600), now.minusSeconds(5), now), "quiet for 600 ms");
  }

  @Test
  void neverHoldsAChangeLongerThanTheMaximum() {
    ProvisioningSettings s = settle(500, 30_000);
    assertTrue(s.ready(now.minusMillis(10), now.minusSeconds(31), now), "a steady stream still goes out");
  }

  @Test
  void saysWhenASettlingQueueWillBeReady() {
    ProvisioningSettings s = settle(500, 30_000);
    assertEquals(now.plusMillis(400), s.readyAt(now.minusMillis(100), now.minusSeconds(5)), "once quiet for 500 ms");
    assertEquals(now.plusSeconds(1), s.readyAt(now.plusMillis(900), now.minusSeconds(29)), "or held for 30 s");
    assertEquals(now.minusSeconds(5), settle(0, 30_000).readyAt(now, now.minusSeconds(5)), "without settle: at once");
  }

  @Test
  void backsOffByDoublingUpToAnHour() {
    ProvisioningSettings s = settle(0, 0);
    assertEquals(Duration.ofMillis(500), s.backoff(1));
    assertEquals(Duration.ofMillis(1000), s.backoff(2));
    assertEquals(Duration.ofMillis(4000), s.backoff(4));
    assertEquals(Duration.ofHours(1), s.backoff(30));
  }
}
