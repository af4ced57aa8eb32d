package org.ccpe.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppUserLockoutTest {
  private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
  private final AppUser user = new AppUser("admin@acme", Role.CUSTOMER_ADMIN, null, "pbkdf2-sha256$1$AA$AA");

  private void failTimes(int n, Instant at) {
    for (int i = 0; i < n; i++) {
      user.loginFailed(at);
    }
  }

  @Test
  void fourFailuresDoNotLock() {
    failTimes(4, T0);
    assertEquals(4, user.getFailedLogins());
    assertNull(user.getLockedUntil());
    assertFalse(user.isLocked(T0));
  }

  @Test
  void fiveFailuresLockForOneMinute() {
    failTimes(5, T0);
    assertEquals(T0.plus(Duration.ofMinutes(1)), user.getLockedUntil());
    assertTrue(user.isLocked(T0));
    assertTrue(user.isLocked(T0.plusSeconds(59)));
    assertFalse(user.isLocked(T0.plusSeconds(60)));
  }

  @ParameterizedTest(name = "failure {0} locks for {1} minutes")
  @CsvSource({"5, 1", "6, 2", "7, 4", "8, 8", "9, 15", "10, 15", "20, 15", "100, 15"})
  void lockDoublesWithEachFurtherFailureUpToFifteenMinutes(int failures, int minutes) {
    Instant at = T0;
    for (int i = 1; i <= failures; i++) {
      at = T0.plus(Duration.ofHours(i));
      user.loginFailed(at);
    }
    assertEquals(at.plus(Duration.ofMinutes(minutes)), user.getLockedUntil());
    assertTrue(user.isLocked(at.plus(Duration.ofMinutes(minutes)).minusMillis(1)));
    assertFalse(user.isLocked(at.plus(Duration.ofMinutes(minutes))));
  }

  @Test
  void successResetsFailuresAndLock() {
    failTimes(7, T0);
    Instant later = T0.plus(Duration.ofMinutes(5));
    user.loginSucceeded(later);
    assertEquals(0, user.getFailedLogins());
    assertNull(user.getLockedUntil());
    assertFalse(user.isLocked(later));
    assertEquals(later, user.getLastLoginAt());
  }

  @Test
  void afterSuccessItTakesFiveNewFailuresToLockAgain() {
    failTimes(9, T0);
    user.loginSucceeded(T0.plus(Duration.ofMinutes(20)));
    Instant later = T0.plus(Duration.ofHours(1));
    failTimes(4, later);
    assertFalse(user.isLocked(later));
    user.loginFailed(later);
    assertEquals(later.plus(Duration.ofMinutes(1)), user.getLockedUntil());
  }

  @Test
  void changingThePasswordUnlocks() {
    failTimes(6, T0);
    user.changePassword("pbkdf2-sha256$1$BB$BB");
    assertEquals(0, user.getFailedLogins());
    assertFalse(user.isLocked(T0));
  }

  @Test
  void newUserIsNotLocked() {
    assertFalse(user.isLocked(T0));
    assertEquals(0, user.getFailedLogins());
    assertTrue(user.isEnabled());
  }
}
