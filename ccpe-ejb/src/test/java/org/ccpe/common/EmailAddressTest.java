package org.ccpe.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"noc@example.com", "first.last@example.co.uk", "ops+ccpe@sub.example.net",
      "O'Brien@example.ie", "a_b-c@ex-ample.org", "x@example.museum", "Jane.Doe@Example.COM"})
  void acceptsAddressesPeopleType(String text) {
    assertEquals(text, EmailAddress.parse(text).value());
  }

  @Test
  void stripsSurroundingSpace() {
    assertEquals("noc@example.com", EmailAddress.parse("  noc@example.com\t").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"noc", "noc@", "@example.com", "noc@example", "noc@@example.com", "no c@example.com",
      "noc@exa mple.com", ".noc@example.com", "noc.@example.com", "n..oc@example.com", "noc@-example.com",
      "noc@example-.com", "noc@example.c", "noc@example.123", "noc@example..com", "\"noc\"@example.com",
      "noc@example.com.", "a@b@example.com", "noc@[192.0.2.1]", "noc(x)@example.com"})
  void rejectsMalformedAddresses(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(text));
    assertTrue(e.getMessage().contains("is not an e-mail address"), e.getMessage());
  }

  @Test
  void rejectsAddressesLongerThan254() {
    String domain = "x".repeat(63) + "." + "y".repeat(63) + "." + "z".repeat(63) + ".com";
    String fits = "a".repeat(254 - domain.length() - 1) + "@" + domain;
    assertEquals(254, fits.length());
    assertEquals(fits, EmailAddress.parse(fits).value());
    assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse("a" + fits));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> EmailAddress.parse(text)).getMessage());
  }
}
