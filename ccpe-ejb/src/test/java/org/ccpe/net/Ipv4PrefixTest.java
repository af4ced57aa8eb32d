package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4PrefixTest {

  @ParameterizedTest
  @CsvSource({
    "10.1.2.0/24, 10.1.2.0, 24, 10.1.2.255",
    "0.0.0.0/0, 0.0.0.0, 0, 255.255.255.255",
    "192.168.1.1/32, 192.168.1.1, 32, 192.168.1.1",
    "172.16.0.0/12, 172.16.0.0, 12, 172.31.255.255",
    "10.1.2.4/30, 10.1.2.4, 30, 10.1.2.7"
  })
  void parsesNetworkAndLength(String text, String network, int length, String broadcast) {
    Ipv4Prefix prefix = Ipv4Prefix.parse(text);
    assertEquals(Ipv4Address.parse(network), prefix.network());
    assertEquals(length, prefix.length());
    assertEquals(Ipv4Address.parse(broadcast), prefix.broadcast());
    assertEquals(text, prefix.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.1/24, 10.1.2.0/24",
    "10.1.2.255/24, 10.1.2.0/24",
    "10.1.2.5/30, 10.1.2.4/30",
    "0.0.0.1/0, 0.0.0.0/0"
  })
  void refusesHostBitsAndNamesTheNetwork(String text, String network) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse(text));
    assertTrue(e.getMessage().contains("host bits"), e.getMessage());
    assertTrue(e.getMessage().contains(network), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.0/33", "10.1.2.0/99"})
  void refusesLengthAbove32(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse(text));
    assertTrue(e.getMessage().contains("between 0 and 32"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.0", "10.1.2.0/", "10.1.2.0/-1", "10.1.2.0/124", "10.1.2.0/24/1", "/24",
      "10.1.2.0/a", "10.1.2/24"})
  void rejectsMalformedPrefixes(String text) {
    assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> Ipv4Prefix.parse(text)).getMessage());
  }

  @Test
  void refusesLengthOutOfRangeWhenBuiltDirectly() {
    Ipv4Address zero = Ipv4Address.parse("0.0.0.0");
    assertThrows(IllegalArgumentException.class, () -> new Ipv4Prefix(zero, -1));
    assertThrows(IllegalArgumentException.class, () -> new Ipv4Prefix(zero, 33));
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.0/24, 10.1.2.0, true",
    "10.1.2.0/24, 10.1.2.255, true",
    "10.1.2.0/24, 10.1.2.77, true",
    "10.1.2.0/24, 10.1.3.0, false",
    "10.1.2.0/24, 10.1.1.255, false",
    "0.0.0.0/0, 203.0.113.9, true",
    "128.0.0.0/1, 255.255.255.255, true",
    "128.0.0.0/1, 127.255.255.255, false",
    "10.1.2.3/32, 10.1.2.3, true",
    "10.1.2.3/32, 10.1.2.4, false"
  })
  void containsAddressesInsideItsRange(String prefix, String address, boolean expected) {
    assertEquals(expected, Ipv4Prefix.parse(prefix).contains(Ipv4Address.parse(address)));
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.1.2.0/24, true",
    "10.1.2.0/24, 10.1.2.0/24, true",
    "10.1.2.0/24, 10.1.2.128/25, true",
    "10.1.2.0/24, 10.0.0.0/8, false",
    "10.1.2.0/24, 10.1.3.0/24, false",
    "0.0.0.0/0, 192.168.0.0/16, true"
  })
  void containsOnlyPrefixesNestedInside(String outer, String inner, boolean expected) {
    assertEquals(expected, Ipv4Prefix.parse(outer).contains(Ipv4Prefix.parse(inner)));
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.1.2.0/24, true",
    "10.1.2.0/24, 10.0.0.0/8, true",
    "10.1.2.0/24, 10.1.2.0/24, true",
    "10.1.2.0/25, 10.1.2.128/25, false",
    "10.1.2.0/24, 10.1.3.0/24, false",
    "10.1.2.0/23, 10.1.3.0/24, true",
    "192.168.0.0/16, 10.0.0.0/8, false",
    "0.0.0.0/0, 10.1.2.3/32, true"
  })
  void overlapsWhenEitherContainsTheOther(String a, String b, boolean expected) {
    assertEquals(expected, Ipv4Prefix.parse(a).overlaps(Ipv4Prefix.parse(b)));
    assertEquals(expected, Ipv4Prefix.parse(b).overlaps(Ipv4Prefix.parse(a)));
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.77, 24, 10.1.2.0/24",
    "10.1.2.77, 30, 10.1.2.76/30",
    "255.255.255.255, 1, 128.0.0.0/1",
    "10.1.2.77, 0, 0.0.0.0/0"
  })
  void findsTheNetworkContainingAnAddress(String address, int length, String expected) {
    assertEquals(Ipv4Prefix.parse(expected), Ipv4Prefix.containing(Ipv4Address.parse(address), length));
  }

  @Test
  void spansTheWholeAddressSpaceAtLengthZero() {
    Ipv4Prefix all = Ipv4Prefix.parse("0.0.0.0/0");
    assertEquals(0L, all.firstUnsigned());
    assertEquals(0xFFFF_FFFFL, all.lastUnsigned());
  }
}
