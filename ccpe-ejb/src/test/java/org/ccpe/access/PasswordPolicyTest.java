package org.ccpe.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(strings = {"Abcdefghijk1", "Correct-Horse-42", "ÄÖÜäöü123456", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA1"})
  void acceptsLongMixedPasswords(String password) {
    assertDoesNotThrow(() -> PasswordPolicy.check(password, "admin@acme"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Abcdefghij1", "Ab1"})
  void rejectsPasswordsShorterThanTwelve(String password) {
    assertEquals("must be at least 12 characters",
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(password, "admin@acme")).getMessage());
  }

  @Test
  void rejectsPasswordsLongerThan128() {
    String password = "x".repeat(126) + "Aa1";
    assertEquals(129, password.length());
    assertEquals("must be at most 128 characters",
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(password, "admin@acme")).getMessage());
    assertDoesNotThrow(() -> PasswordPolicy.check(password.substring(1), "admin@acme"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghijk1", "ABCDEFGHIJK1", "Abcdefghijkl", "123456789012", "!!!!!!!!!!!!"})
  void rejectsPasswordsWithoutUpperLowerAndDigit(String password) {
    assertEquals("must mix upper and lower case letters and digits",
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(password, "admin@acme")).getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "Xx1-Operator-99, operator@acme",
    "Xx1-OPERATOR-99, Operator",
    "Xx1-bob-99999, bob@acme",
    "Xx1-bob-99999, BOB"
  })
  void rejectsPasswordsContainingTheLoginName(String password, String login) {
    assertEquals("must not contain the login name",
        assertThrows(IllegalArgumentException.class, () -> PasswordPolicy.check(password, login)).getMessage());
  }

  @ParameterizedTest
  @CsvSource(value = {
    "Xx1-acme-99999, operator@acme",
    "Xx1-al-9999999, al@acme",
    "Xx1-abcdefghij, NULL",
    "Xx1-abcdefghij, ''",
    "Xx1-abcdefghij, @",
    "Xx1-abcdefghij, @acme"
  }, nullValues = "NULL")
  void ignoresTheCustomerPartAndVeryShortLogins(String password, String login) {
    assertDoesNotThrow(() -> PasswordPolicy.check(password, login));
  }
}
