package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialPurposeBlockTest {

  @ParameterizedTest
  @CsvSource({
    "0.1.2.0/24, THIS_NETWORK, false",
    "10.200.0.0/24, PRIVATE_10, true",
    "100.64.0.0/24, SHARED, true",
    "100.127.255.255/32, SHARED, true",
    "127.0.0.1/32, LOOPBACK, false",
    "169.254.10.0/24, LINK_LOCAL, true",
    "172.31.255.0/24, PRIVATE_172, true",
    "192.168.1.0/24, PRIVATE_192, true",
    "239.1.1.0/24, MULTICAST, false",
    "255.255.255.255/32, RESERVED, false",
    "96.0.0.0/3, SHARED, true"
  })
  void findsTheBlockAPrefixOverlaps(String prefix, SpecialPurposeBlock block, boolean hostAddresses) {
    assertEquals(Optional.of(block), SpecialPurposeBlock.overlapping(Ipv4Prefix.parse(prefix)));
    assertEquals(hostAddresses, block.hasHostAddresses());
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.8/29", "198.51.100.0/24", "192.0.2.1/32", "8.8.8.0/24", "100.128.0.0/24",
      "100.63.255.0/24", "172.32.0.0/24", "172.15.255.0/24", "169.255.0.0/24", "223.255.255.0/24", "1.0.0.0/8"})
  void leavesPublicSpaceAlone(String prefix) {
    assertEquals(Optional.empty(), SpecialPurposeBlock.overlapping(Ipv4Prefix.parse(prefix)));
  }

  @ParameterizedTest
  @CsvSource({"127.0.0.1, LOOPBACK", "10.1.2.3, PRIVATE_10", "224.0.0.251, MULTICAST", "0.0.0.0, THIS_NETWORK"})
  void findsTheBlockAnAddressLiesIn(String address, SpecialPurposeBlock block) {
    assertEquals(Optional.of(block), SpecialPurposeBlock.containing(Ipv4Address.parse(address)));
  }
}
