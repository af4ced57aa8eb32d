package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Ipv4AddressTest {

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0",
    "10.1.2.3, 167838211",
    "255.255.255.255, 4294967295",
    "192.168.0.1, 3232235521",
    "' 10.0.0.1 ', 167772161"
  })
  void parsesDottedQuad(String text, long unsigned) {
    Ipv4Address address = Ipv4Address.parse(text);
    assertEquals(unsigned, address.unsigned());
    assertEquals(text.strip(), address.toString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void requiresAValue(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(text));
    assertEquals("is required", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "10.1.2", "10.1.2.3.4", "256.0.0.1", "10.1.2.300", "10.01.2.3", "010.1.2.3", "00.1.2.3",
    "10..2.3", "10.1.2.", ".10.1.2", "-1.0.0.0", "+1.0.0.0", "a.b.c.d", "10.1.2.3/24", "10 .1.2.3",
    "1000.1.1.1", "١٠.1.2.3"
  })
  void rejectsMalformedAddresses(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ipv4Address.parse(text));
    assertTrue(e.getMessage().contains("is not an IPv4 address"), e.getMessage());
  }

  @Test
  void ordersAddressesAsUnsignedNumbers() {
    assertTrue(Ipv4Address.parse("200.0.0.1").compareTo(Ipv4Address.parse("10.0.0.1")) > 0);
    assertTrue(Ipv4Address.parse("127.255.255.255").compareTo(Ipv4Address.parse("128.0.0.0")) < 0);
    assertEquals(0, Ipv4Address.parse("10.0.0.1").compareTo(Ipv4Address.parse("10.0.0.1")));
  }

  @Test
  void equalAddressesAreEqualValues() {
    assertEquals(Ipv4Address.parse("10.0.0.1"), Ipv4Address.parse("10.0.0.1"));
  }
}
