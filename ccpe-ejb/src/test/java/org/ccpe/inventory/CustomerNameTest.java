package org.ccpe.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerNameTest {

  @ParameterizedTest
  @CsvSource({
    "acme, acme",
    "ACME, acme",
    "Acme-Corp_2, acme-corp_2",
    "'acme,inc', 'acme,inc'",
    "42, 42",
    "_-, _-",
    "x, x"
  })
  void storesAllowedNamesInLowerCase(String text, String stored) {
    assertEquals(stored, CustomerName.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme corp", " acme", "acme ", "acme.corp", "acme@corp", "acme/corp", "acme;corp",
      "acme'corp", "müller", "acme\tcorp", "acme\ncorp", "acme+corp", "ac%me"})
  void rejectsCharactersOutsideLettersDigitsDashUnderscoreComma(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CustomerName.parse(text));
    assertTrue(e.getMessage().contains("no spaces"), e.getMessage());
  }

  @Test
  void acceptsSixtyFourCharactersButNotSixtyFive() {
    assertEquals("a".repeat(64), CustomerName.parse("A".repeat(64)).value());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CustomerName.parse("a".repeat(65)));
    assertEquals("must be at most 64 characters", e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> CustomerName.parse(text)).getMessage());
  }

  /** The name is a login key: its lower case must not depend on the server's locale. */
  @Test
  void lowerCasesTheSameWayInEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("istanbul", CustomerName.parse("ISTANBUL").value());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
