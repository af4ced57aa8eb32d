package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SiteStatusTest {
  @Test
  void upWhenNoLinkIsDownAndOneIsUp() {
    assertEquals(SiteStatus.UP, SiteStatus.of(2, 0, 0));
    assertEquals(SiteStatus.UP, SiteStatus.of(1, 0, 1));
  }

  @Test
  void downOnlyWhenEveryLinkIsDown() {
    assertEquals(SiteStatus.DOWN, SiteStatus.of(0, 2, 0));
    assertEquals(SiteStatus.DEGRADED, SiteStatus.of(0, 1, 1));
  }

  @Test
  void degradedWhenSomeButNotAllLinksAreDown() {
    assertEquals(SiteStatus.DEGRADED, SiteStatus.of(1, 1, 0));
  }

  @Test
  void unknownWithoutLinksOrWithoutAnyKnownStatus() {
    assertEquals(SiteStatus.UNKNOWN, SiteStatus.of(0, 0, 0));
    assertEquals(SiteStatus.UNKNOWN, SiteStatus.of(0, 0, 3));
  }

  @Test
  void aCustomersStatusIsItsWorstSites() {
    assertEquals(true, SiteStatus.DOWN.badness() > SiteStatus.DEGRADED.badness());
    assertEquals(true, SiteStatus.DEGRADED.badness() > SiteStatus.UNKNOWN.badness());
    assertEquals(true, SiteStatus.UNKNOWN.badness() > SiteStatus.UP.badness());
  }
}
