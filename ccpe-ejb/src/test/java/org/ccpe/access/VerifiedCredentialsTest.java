package org.ccpe.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {
  private final VerifiedCredentials cache = new VerifiedCredentials();
  private final AuthenticatedUser noc = new AuthenticatedUser("noc", Role.PROVIDER_OPERATOR, null);
  private final Instant now = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void recallsTheSameCredentialsWithinTheMinute() {
    cache.remember("noc", "Correct-Horse-42", noc, now);
    assertEquals(noc, cache.recall("noc", "Correct-Horse-42", now.plusSeconds(59)));
  }

  @Test
  void forgetsAfterTheMinute() {
    cache.remember("noc", "Correct-Horse-42", noc, now);
    assertNull(cache.recall("noc", "Correct-Horse-42", now.plusSeconds(61)));
  }

  @Test
  void neverAcceptsAnotherPassword() {
    cache.remember("noc", "Correct-Horse-42", noc, now);
    assertNull(cache.recall("noc", "Correct-Horse-43", now));
    assertNull(cache.recall("noc", null, now));
    assertNull(cache.recall("other", "Correct-Horse-42", now));
  }

  @Test
  void forgetsAUserWhosePasswordChanged() {
    cache.remember("noc", "Correct-Horse-42", noc, now);
    cache.forget("noc");
    assertNull(cache.recall("noc", "Correct-Horse-42", now));
  }
}
