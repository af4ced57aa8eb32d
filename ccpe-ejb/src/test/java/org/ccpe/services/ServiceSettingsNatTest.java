package org.ccpe.services;

import static org.ccpe.services.ServiceSettingsFixtures.VPN_ONLY_SITE;
import static org.ccpe.services.ServiceSettingsFixtures.assertOnlyError;
import static org.ccpe.services.ServiceSettingsFixtures.errors;
import static org.ccpe.services.ServiceSettingsFixtures.mapping;
import static org.ccpe.services.ServiceSettingsFixtures.nat;
import static org.ccpe.services.ServiceSettingsFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ccpe.services.ServiceSettings.Nat;
import org.ccpe.services.ServiceSettings.PortMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceSettingsNatTest {
  private static final PortMapping WEB = mapping("web", "tcp", "203.0.113.9", 443, "10.1.2.80", 8443);

  @Test
  void normalizesThePublicRangeAndItsMappings() {
    Nat out = valid(nat(" 203.0.113.8/29 ", mapping(" web ", "TCP", " 203.0.113.9", 443, "10.1.2.80 ", 8443))).nat();
    assertEquals(new Nat("203.0.113.8/29", List.of(WEB)), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"203.0.113.0/24", "198.51.100.7/32", "8.8.8.0/24", "100.128.0.0/24", "172.32.0.0/24",
      "192.0.2.16/28", "223.255.255.0/24"})
  void acceptsAPublicRangeFromASlash24ToASlash32(String range) {
    assertEquals(range, valid(nat(range)).nat().publicRange());
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/24, private (RFC 1918, 10.0.0.0/8)",
    "172.16.5.0/24, private (RFC 1918, 172.16.0.0/12)",
    "192.168.1.0/24, private (RFC 1918, 192.168.0.0/16)",
    "127.0.0.0/24, loopback",
    "169.254.1.0/24, link-local",
    "224.0.0.0/24, multicast",
    "0.0.0.0/24, this network",
    "100.64.0.0/24, shared carrier-grade NAT space",
    "100.127.0.8/29, shared carrier-grade NAT space",
    "240.0.0.0/24, reserved",
    "255.255.255.255/32, reserved",
    "203.0.112.0/23, a /24 to a /32, not a /23",
    "0.0.0.0/0, a /24 to a /32",
    "203.0.113.9/29, host bits set",
    "203.0.113.8, not an IPv4 prefix"
  })
  void refusesARangeThatIsNotPublicOrTooLarge(String range, String message) {
    assertOnlyError(nat(range), "nat.publicRange", message);
  }

  @Test
  void needsAnInternetAccessLink() {
    Map<String, String> errors = errors(nat("203.0.113.8/29", WEB), VPN_ONLY_SITE);
    assertEquals(List.of("nat.publicRange"), List.copyOf(errors.keySet()));
    assertEquals("NAT needs the site to have an internet access link, and it has none", errors.get("nat.publicRange"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void refusesPortMappingsBeforeTheProviderHasSetUpNat(String range) {
    assertOnlyError(nat(range.isEmpty() ? null : range, WEB), "nat.portMappings",
        "no port mapping before the provider has set up NAT");
  }

  @Test
  void treatsANatSectionWithNothingInItAsOff() {
    assertNull(valid(nat(null)).nat());
    assertNull(valid(nat(" ")).nat());
  }

  @ParameterizedTest
  @CsvSource({
    "web server, tcp, 203.0.113.9, 443, 10.1.2.80, 8443, name, Junos-safe",
    ", tcp, 203.0.113.9, 443, 10.1.2.80, 8443, name, is required",
    "web, icmp, 203.0.113.9, 443, 10.1.2.80, 8443, protocol, 'icmp' is not one of tcp, udp",
    "web, , 203.0.113.9, 443, 10.1.2.80, 8443, protocol, is required",
    "web, tcp, 203.0.113.17, 443, 10.1.2.80, 8443, externalAddress, outside the site's public range 203.0.113.8/29",
    "web, tcp, , 443, 10.1.2.80, 8443, externalAddress, is required",
    "web, tcp, 203.0.113.9, 0, 10.1.2.80, 8443, externalPort, between 1 and 65535",
    "web, tcp, 203.0.113.9, 65536, 10.1.2.80, 8443, externalPort, between 1 and 65535",
    "web, tcp, 203.0.113.9, , 10.1.2.80, 8443, externalPort, is required",
    "web, tcp, 203.0.113.9, 443, 10.1.9.80, 8443, internalAddress, not inside the site's LAN ranges (10.1.2.0/24)",
    "web, tcp, 203.0.113.9, 443, 10.1.2.1, 8443, internalAddress, the site's LAN gateway itself",
    "web, tcp, 203.0.113.9, 443, 10.1.2.255, 8443, internalAddress, broadcast",
    "web, tcp, 203.0.113.9, 443, 10.1.2, 8443, internalAddress, not an IPv4 address",
    "web, tcp, 203.0.113.9, 443, 10.1.2.80, 0, internalPort, between 1 and 65535",
    "web, tcp, 203.0.113.9, 443, 10.1.2.80, , internalPort, is required"
  })
  void refusesABadPortMapping(String name, String protocol, String external, Integer externalPort, String internal,
      Integer internalPort, String field, String message) {
    assertOnlyError(nat("203.0.113.8/29", mapping(name, protocol, external, externalPort, internal, internalPort)),
        "nat.portMappings[0]." + field, message);
  }

  @Test
  void usesAnExternalAddressPortAndProtocolOnce() {
    assertOnlyError(nat("203.0.113.8/29", WEB,
            mapping("dns", "udp", "203.0.113.9", 443, "10.1.2.53", 53),
            mapping("web2", "TCP", "203.0.113.9", 443, "10.1.2.81", 443)),
        "nat.portMappings[2].externalPort", "tcp 203.0.113.9:443 is already mapped by nat.portMappings[0]");
  }

  @Test
  void usesAMappingNameOnce() {
    assertOnlyError(nat("203.0.113.8/29", WEB, mapping("Web", "tcp", "203.0.113.10", 443, "10.1.2.81", 443)),
        "nat.portMappings[1].name", "port mapping name 'Web' is already used by nat.portMappings[0]");
  }

  @Test
  void allowsTwoHundredMappingsButNotTwoHundredAndOne() {
    assertEquals(200, valid(nat("203.0.113.0/24", mappings(200))).nat().portMappings().size());
    assertOnlyError(nat("203.0.113.0/24", mappings(201)), "nat.portMappings", "at most 200 port mappings per site, not 201");
  }

  private static PortMapping[] mappings(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> mapping("m" + i, "tcp", "203.0.113.9", 10_000 + i, "10.1.2.80", i))
        .toArray(PortMapping[]::new);
  }
}
