package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {

  @ParameterizedTest
  @CsvSource({
    "example.com, example.com",
    "Corp.Example.COM, corp.example.com",
    "' lan ', lan",
    "example.com., example.com",
    "3com.com, 3com.com",
    "a-b.c-d.example, a-b.c-d.example",
    "xn--bcher-kva.example, xn--bcher-kva.example"
  })
  void writesNamesLowerCaseWithoutTheTrailingDot(String text, String canonical) {
    assertEquals(canonical, DomainName.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-corp.example.com", "corp-.example.com", "corp..example.com", ".example.com",
      "corp_example.com", "corp example.com", "exämple.com", ".", "example.com.."})
  void refusesBadLabels(String text) {
    assertThrows(IllegalArgumentException.class, () -> DomainName.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3", "example.123"})
  void refusesANumericLastLabel(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DomainName.parse(text));
    assertTrue(e.getMessage().contains("numeric label"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"63, true", "64, false"})
  void allowsLabelsUpTo63Characters(int length, boolean valid) {
    String text = "a".repeat(length) + ".example";
    if (valid) {
      assertEquals(text, DomainName.parse(text).value());
    } else {
      assertThrows(IllegalArgumentException.class, () -> DomainName.parse(text));
    }
  }

  @ParameterizedTest
  @CsvSource({"253, true", "254, false"})
  void allowsNamesUpTo253Characters(int length, boolean valid) {
    String name = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(length - 192);
    assertEquals(length, name.length());
    if (valid) {
      assertEquals(name, DomainName.parse(name).value());
    } else {
      assertThrows(IllegalArgumentException.class, () -> DomainName.parse(name));
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> DomainName.parse(text)).getMessage());
  }
}
