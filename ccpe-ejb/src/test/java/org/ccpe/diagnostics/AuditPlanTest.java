package org.ccpe.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ccpe.common.FieldError;
import org.ccpe.common.ValidationFailedException;
import org.junit.jupiter.api.Test;

class AuditPlanTest {
  private static final AuditSite HQ = site(1, 10);
  private static final AuditSite BRANCH = site(2, 10);
  private static final AuditSite DEPOT = site(3, 10);
  private static final AuditSite FOREIGN = site(4, 20);

  @Test
  void pairsEveryOriginWithEveryOtherDestination() {
    List<AuditPlan.Pair> pairs = AuditPlan.pairs(List.of(HQ, BRANCH), List.of(HQ, BRANCH, DEPOT), 50);

    assertEquals(List.of(new AuditPlan.Pair(HQ, BRANCH), new AuditPlan.Pair(HQ, DEPOT),
        new AuditPlan.Pair(BRANCH, HQ), new AuditPlan.Pair(BRANCH, DEPOT)), pairs);
  }

  @Test
  void aSiteNeverPingsItselfSoOneSiteIsNotAnAudit() {
    assertFields(() -> AuditPlan.pairs(List.of(HQ), List.of(HQ), 50), "destinationSiteIds");
  }

  @Test
  void needsOriginsAndDestinations() {
    assertFields(() -> AuditPlan.pairs(List.of(), List.of(), 50), "originSiteIds", "destinationSiteIds");
  }

  @Test
  void refusesASiteListedTwiceByItsIndex() {
    assertFields(() -> AuditPlan.pairs(List.of(HQ, HQ), List.of(BRANCH), 50), "originSiteIds[1]");
  }

  @Test
  void keepsAnAuditWithinOneCustomer() {
    assertFields(() -> AuditPlan.pairs(List.of(HQ), List.of(BRANCH, FOREIGN), 50), "destinationSiteIds[1]");
  }

  @Test
  void boundsTheNumberOfPairs() {
    assertEquals(2, AuditPlan.pairs(List.of(HQ), List.of(BRANCH, DEPOT), 2).size());
    assertFields(() -> AuditPlan.pairs(List.of(HQ, BRANCH), List.of(HQ, BRANCH, DEPOT), 3), "destinationSiteIds");
  }

  private static AuditSite site(long id, long customer) {
    return new AuditSite(id, customer, "site" + id, 7, "c_site" + id, "10." + id + ".0.1");
  }

  private static void assertFields(org.junit.jupiter.api.function.Executable call, String... fields) {
    ValidationFailedException refused = assertThrows(ValidationFailedException.class, call);
    assertEquals(List.of(fields), refused.errors().stream().map(FieldError::field).toList());
  }
}
