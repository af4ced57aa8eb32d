package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HostNameTest {

  @ParameterizedTest
  @CsvSource({
    "mx1.example.net, mx1.example.net",
    "MX1.Example.NET, mx1.example.net",
    "mx-paris-01, mx-paris-01",
    "router, router",
    "a, a",
    "mx1.example.net., mx1.example.net.",
    "10.0.0.1, 10.0.0.1",
    "' 192.0.2.10 ', 192.0.2.10",
    "2001:DB8::1, 2001:db8::1",
    "::1, ::1",
    "fe80::a:b:c:d, fe80::a:b:c:d",
    "2001:db8:0:0:0:0:0:1, 2001:db8:0:0:0:0:0:1",
    "::ffff:192.0.2.1, ::ffff:192.0.2.1"
  })
  void acceptsAddressesAndDnsNames(String text, String expected) {
    assertEquals(expected, HostName.parse(text).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0", "10.0.0.256", "10.00.0.1", "1234", "10.0.0.1.5"})
  void rejectsMalformedIpv4(String text) {
    assertThrows(IllegalArgumentException.class, () -> HostName.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1:2", "2001:db8::g", "2001:db8::1/64", "fe80::1%eth0", ":::", "1::2::3",
      "1:2:3:4:5:6:7:8:9", "12345::1", "::ffff:192.0.2.256", "1:2:3:4:5:6:7", ":1:2:3:4:5:6:7", "...:",
      "::ffff:1.2.3"})
  void rejectsMalformedIpv6(String text) {
    assertThrows(IllegalArgumentException.class, () -> HostName.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-mx1", "mx1-", "mx_1", "mx 1", "mx1..example.net", ".mx1", "mx1/0", "mx1@example",
      "routér.example.net"})
  void rejectsMalformedDnsNames(String text) {
    assertThrows(IllegalArgumentException.class, () -> HostName.parse(text));
  }

  @Test
  void rejectsLabelsLongerThan63() {
    assertEquals("x".repeat(63), HostName.parse("x".repeat(63)).value());
    assertThrows(IllegalArgumentException.class, () -> HostName.parse("x".repeat(64)));
  }

  @Test
  void rejectsNamesLongerThan253() {
    String label = "x".repeat(49) + ".";
    String name253 = label.repeat(5) + "abc";
    assertEquals(253, name253.length());
    assertEquals(name253, HostName.parse(name253).value());
    assertThrows(IllegalArgumentException.class, () -> HostName.parse(name253 + "d"));
  }

  @Test
  void lowerCasesTheSameWayInEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("mx1.istanbul.example.net", HostName.parse("MX1.ISTANBUL.EXAMPLE.NET").value());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> HostName.parse(text)).getMessage());
  }
}
