package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MacAddressTest {

  @ParameterizedTest
  @CsvSource({
    "00:1b:21:3a:4f:5c, 00:1b:21:3a:4f:5c",
    "00:1B:21:3A:4F:5C, 00:1b:21:3a:4f:5c",
    "00-1b-21-3a-4f-5c, 00:1b:21:3a:4f:5c",
    "001b.213a.4f5c, 00:1b:21:3a:4f:5c",
    "001B213A4F5C, 00:1b:21:3a:4f:5c",
    "' 02:00:5e:10:00:01 ', 02:00:5e:10:00:01",
    "fe:ff:ff:ff:ff:ff, fe:ff:ff:ff:ff:ff"
  })
  void writesEveryFormCanonically(String text, String canonical) {
    assertEquals(canonical, MacAddress.parse(text).value());
    assertEquals(canonical, MacAddress.parse(canonical).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"00:1b:21:3a:4f", "00:1b:21:3a:4f:5c:6d", "00:1b-21:3a:4f:5c", "00:1b:21:3a:4f:5g",
      "0:1b:21:3a:4f:5c", "001b.213a.4f5", "001b213a4f5", "00 1b 21 3a 4f 5c", "001b:213a:4f5c"})
  void refusesMalformedAddresses(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text));
    assertTrue(e.getMessage().contains("not a MAC address"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"01:00:5e:00:00:01", "33:33:00:00:00:01", "ff:ff:ff:ff:ff:ff", "03:00:00:00:00:00"})
  void refusesGroupAddresses(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text));
    assertTrue(e.getMessage().contains("multicast or broadcast"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"00:00:00:00:00:00", "0000.0000.0000"})
  void refusesAllZeros(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text));
    assertTrue(e.getMessage().contains("all-zero"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(text)).getMessage());
  }
}
