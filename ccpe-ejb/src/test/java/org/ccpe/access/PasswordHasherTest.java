package org.ccpe.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
  private static final String PASSWORD = "Correct-Horse-42";
  private static String stored;

  @BeforeAll
  static void hashOnce() {
    stored = PasswordHasher.hash(PASSWORD);
  }

  @Test
  void storesSchemeIterationsSaltAndHash() {
    String[] parts = stored.split("\\$");
    assertEquals(4, parts.length, stored);
    assertEquals("pbkdf2-sha256", parts[0]);
    assertEquals(PasswordHasher.ITERATIONS, Integer.parseInt(parts[1]));
    assertTrue(PasswordHasher.ITERATIONS >= 210_000, "OWASP's minimum for PBKDF2-HMAC-SHA256");
    assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
    assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
    assertFalse(stored.contains(PASSWORD));
  }

  @Test
  void matchesTheRightPassword() {
    assertTrue(PasswordHasher.matches(PASSWORD, stored));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "correct-horse-42", "Correct-Horse-43", "Correct-Horse-42 ", "Correct-Horse-4"})
  void doesNotMatchAnyOtherPassword(String attempt) {
    assertFalse(PasswordHasher.matches(attempt, stored));
  }

  @Test
  void twoHashesOfOnePasswordDiffer() {
    String again = PasswordHasher.hash(PASSWORD);
    assertNotEquals(stored, again);
    assertTrue(PasswordHasher.matches(PASSWORD, again));
  }

  @Test
  void honoursTheIterationCountStoredWithTheHash() {
    String[] parts = stored.split("\\$");
    String fewer = parts[0] + "$1000$" + parts[2] + "$" + parts[3];
    assertFalse(PasswordHasher.matches(PASSWORD, fewer));
  }

  /** A damaged row in the user table is a failed login, not a server error. */
  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "plain-text", "md5$abc", "bcrypt$10$abc$def", "pbkdf2-sha256$abc$AAAA$AAAA",
      "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAA", "pbkdf2-sha256$1000$!!!$AAAA", "pbkdf2-sha256$1000$AAAA",
      "pbkdf2-sha256$1000$AAAA$AAAA$AAAA"})
  void refusesMalformedStoredHashes(String damaged) {
    assertFalse(assertDoesNotThrow(() -> PasswordHasher.matches(PASSWORD, damaged)));
  }

  @Test
  void randomPasswordsPassThePolicy() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = PasswordHasher.randomPassword();
      assertDoesNotThrow(() -> PasswordPolicy.check(password, "admin@acme"), password);
      assertTrue(password.matches("[A-Za-z0-9]{6}-[A-Za-z0-9]{6}-[A-Za-z0-9]{6}"), password);
      assertFalse(password.matches(".*[0O1lI].*"), "no look-alike characters: " + password);
      seen.add(password);
    }
    assertEquals(200, seen.size());
  }
}
