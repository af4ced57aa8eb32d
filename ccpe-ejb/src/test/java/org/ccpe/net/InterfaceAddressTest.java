package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InterfaceAddressTest {

  @ParameterizedTest
  @CsvSource({
    "10.1.2.1/24, 10.1.2.1, 24, 10.1.2.0/24",
    "10.1.2.254/24, 10.1.2.254, 24, 10.1.2.0/24",
    "10.1.2.5/30, 10.1.2.5, 30, 10.1.2.4/30",
    "10.1.2.6/30, 10.1.2.6, 30, 10.1.2.4/30",
    "10.0.0.1/8, 10.0.0.1, 8, 10.0.0.0/8",
    "172.16.5.130/25, 172.16.5.130, 25, 172.16.5.128/25",
    "' 192.168.7.1/24 ', 192.168.7.1, 24, 192.168.7.0/24"
  })
  void acceptsAGatewayWithItsPrefixLength(String text, String address, int length, String network) {
    InterfaceAddress gateway = InterfaceAddress.parse(text);
    assertEquals(Ipv4Address.parse(address), gateway.address());
    assertEquals(length, gateway.length());
    assertEquals(Ipv4Prefix.parse(network), gateway.network());
    assertEquals(text.strip(), gateway.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.0/24", "10.1.2.4/30", "10.0.0.0/8", "172.16.5.128/25"})
  void refusesNetworkAddressAsGateway(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterfaceAddress.parse(text));
    assertTrue(e.getMessage().contains("not a usable host"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.255/24", "10.1.2.7/30", "10.255.255.255/8", "172.16.5.127/25"})
  void refusesBroadcastAddressAsGateway(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterfaceAddress.parse(text));
    assertTrue(e.getMessage().contains("not a usable host"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.1/31", "10.1.2.1/32", "10.1.2.1/7", "10.1.2.1/0", "10.1.2.1/33"})
  void refusesPrefixLengthsOutsideEightToThirty(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterfaceAddress.parse(text));
    assertTrue(e.getMessage().contains("between /8 and /30"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.1", "10.1.2.1/", "10.1.2.1/abc", "10.1.2.1/24/1", "10.1.2/24", "256.1.2.1/24",
      "10.1.2.1/-24", "10.1.2.1/100"})
  void rejectsMalformedAddresses(String text) {
    assertThrows(IllegalArgumentException.class, () -> InterfaceAddress.parse(text));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> InterfaceAddress.parse(text)).getMessage());
  }
}
