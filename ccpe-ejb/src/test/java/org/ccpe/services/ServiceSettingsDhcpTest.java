package org.ccpe.services;

import static org.ccpe.services.ServiceSettingsFixtures.assertOnlyError;
import static org.ccpe.services.ServiceSettingsFixtures.dhcp;
import static org.ccpe.services.ServiceSettingsFixtures.errors;
import static org.ccpe.services.ServiceSettingsFixtures.pool;
import static org.ccpe.services.ServiceSettingsFixtures.range;
import static org.ccpe.services.ServiceSettingsFixtures.relay;
import static org.ccpe.services.ServiceSettingsFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ccpe.services.ServiceSettings.DhcpPool;
import org.ccpe.services.ServiceSettings.DhcpRelay;
import org.ccpe.services.ServiceSettings.DhcpServer;
import org.ccpe.services.ServiceSettings.StaticBinding;
import org.ccpe.services.ServiceSettingsFixtures.Pool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ServiceSettingsDhcpTest {

  @Test
  void normalizesAPoolAndFillsItsDefaults() {
    DhcpPool in = pool().name(" lan ").network(" 10.1.2.0/24").ranges(range(" 10.1.2.100", "10.1.2.199 "))
        .dns(" 10.1.2.53", "9.9.9.9").domain(" Corp.Example.COM. ")
        .binding(" printer ", "00-1B-21-3A-4F-5C", " 10.1.2.20 ").build();
    DhcpPool out = valid(dhcp(in)).dhcpServer().pools().get(0);
    assertEquals(new DhcpPool("lan", "10.1.2.0/24", List.of(range("10.1.2.100", "10.1.2.199")), "10.1.2.1",
        List.of("10.1.2.53", "9.9.9.9"), "corp.example.com", 86_400,
        List.of(new StaticBinding("printer", "00:1b:21:3a:4f:5c", "10.1.2.20"))), out);
  }

  @Test
  void defaultsTheRouterToTheGatewayOfTheSecondaryRangeThePoolIsOn() {
    DhcpPool in = pool().network("10.1.3.0/24").ranges(range("10.1.3.10", "10.1.3.20")).build();
    assertEquals("10.1.3.1", valid(dhcp(in)).dhcpServer().pools().get(0).router());
  }

  @Test
  void leavesTheRouterUnsetWhenNoGatewayIsInsideThePoolsNetwork() {
    DhcpPool in = pool().network("10.1.2.128/25").ranges(range("10.1.2.130", "10.1.2.140")).build();
    assertNull(valid(dhcp(in)).dhcpServer().pools().get(0).router());
  }

  @ParameterizedTest
  @CsvSource({"300", "86400", "604800"})
  void acceptsLeaseTimesFromFiveMinutesToSevenDays(int seconds) {
    assertEquals(seconds, valid(dhcp(pool().lease(seconds).build())).dhcpServer().pools().get(0).leaseTimeSeconds());
  }

  @ParameterizedTest
  @CsvSource({"00:1b:21:3a:4f:5c", "00-1b-21-3a-4f-5c", "001b.213a.4f5c", "001B213A4F5C", "02:00:00:00:00:01"})
  void acceptsMacAddressesInTheUsualForms(String mac) {
    DhcpPool in = pool().binding("host", mac, "10.1.2.20").build();
    String out = valid(dhcp(in)).dhcpServer().pools().get(0).staticBindings().get(0).mac();
    assertTrue(out.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"), out);
  }

  static Stream<Arguments> badPools() {
    return Stream.of(
        bad(pool().name("lan pool"), "name", "not a Junos-safe name"),
        bad(pool().name("a".repeat(33)), "name", "not a Junos-safe name"),
        bad(pool().name(null), "name", "is required"),
        bad(pool().network("10.9.0.0/24").ranges(range("10.9.0.10", "10.9.0.20")), "network",
            "not inside the site's LAN ranges (10.1.2.0/24, 10.1.3.0/24)"),
        bad(pool().network("10.1.0.0/16").ranges(range("10.1.2.100", "10.1.2.110")), "network",
            "not inside the site's LAN ranges"),
        bad(pool().network("10.1.2.1/24"), "network", "host bits"),
        bad(pool().network("10.1.2.0/31"), "network", "no room for hosts"),
        bad(pool().ranges(), "ranges", "at least one range"),
        bad(pool().network("10.1.2.128/25"), "ranges[0].low", "outside the pool's network 10.1.2.128/25"),
        bad(pool().network("10.1.2.0/25").ranges(range("10.1.2.100", "10.1.2.130")), "ranges[0].high",
            "outside the pool's network"),
        bad(pool().network("10.1.2.128/25").ranges(range("10.1.2.128", "10.1.2.140")), "ranges[0].low",
            "network or broadcast address of 10.1.2.128/25"),
        bad(pool().ranges(range("10.1.2.200", "10.1.2.255")), "ranges[0].high", "network or broadcast address"),
        bad(pool().ranges(range("10.1.2.200", "10.1.2.100")), "ranges[0].high", "10.1.2.100 is below low 10.1.2.200"),
        bad(pool().ranges(range("10.1.2.200", "10.1.2")), "ranges[0].high", "not an IPv4 address"),
        bad(pool().ranges(range(null, "10.1.2.20")), "ranges[0].low", "is required"),
        bad(pool().ranges(range("10.1.2.1", "10.1.2.50")), "ranges[0]", "contains the LAN gateway 10.1.2.1"),
        bad(pool().ranges(range("10.1.2.10", "10.1.2.50"), range("10.1.2.50", "10.1.2.60")), "ranges[1]",
            "overlaps dhcpServer.pools[0].ranges[0] (10.1.2.10-10.1.2.50)"),
        bad(pool().router("10.1.3.1"), "router", "outside the pool's network"),
        bad(pool().router("10.1.2.150"), "router", "inside dhcpServer.pools[0].ranges[0]"),
        bad(pool().router("10.1.2.255"), "router", "network or broadcast"),
        bad(pool().router("gateway"), "router", "not an IPv4 address"),
        bad(pool().dns("1.1.1.1", "8.8.8.8", "9.9.9.9", "10.1.2.53", "10.1.2.54"), "dnsServers", "at most 4"),
        bad(pool().dns("127.0.0.1"), "dnsServers[0]", "loopback"),
        bad(pool().dns("224.0.0.251"), "dnsServers[0]", "multicast"),
        bad(pool().dns("255.255.255.255"), "dnsServers[0]", "reserved"),
        bad(pool().dns("9.9.9.9", " 9.9.9.9"), "dnsServers[1]", "listed twice; first at dhcpServer.pools[0].dnsServers[0]"),
        bad(pool().dns("dns.example.com"), "dnsServers[0]", "not an IPv4 address"),
        bad(pool().domain("-corp.example.com"), "domainName", "not a domain name"),
        bad(pool().domain("corp..example.com"), "domainName", "not a domain name"),
        bad(pool().domain("corp_example.com"), "domainName", "not a domain name"),
        bad(pool().domain("a".repeat(64) + ".com"), "domainName", "not a domain name"),
        bad(pool().domain("10.1.2.3"), "domainName", "numeric label"),
        bad(pool().lease(299), "leaseTimeSeconds", "between 300 (5 minutes) and 604800 (7 days)"),
        bad(pool().lease(604_801), "leaseTimeSeconds", "between 300"),
        bad(pool().lease(0), "leaseTimeSeconds", "between 300"),
        bad(pool().binding("cam", "00:1b:21:3a:4f", "10.1.2.20"), "staticBindings[0].mac", "not a MAC address"),
        bad(pool().binding("cam", "01:00:5e:00:00:01", "10.1.2.20"), "staticBindings[0].mac", "multicast"),
        bad(pool().binding("cam", "ff:ff:ff:ff:ff:ff", "10.1.2.20"), "staticBindings[0].mac", "broadcast"),
        bad(pool().binding("cam", "00:00:00:00:00:00", "10.1.2.20"), "staticBindings[0].mac", "all-zero"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.150"), "staticBindings[0].address",
            "inside dhcpServer.pools[0].ranges[0]"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.3.20"), "staticBindings[0].address",
            "outside the pool's network"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.1"), "staticBindings[0].address", "LAN gateway"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.255"), "staticBindings[0].address", "broadcast"),
        bad(pool().router("10.1.2.254").binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.254"), "staticBindings[0].address",
            "the pool's default router"),
        bad(pool().binding("the cam", "00:1b:21:3a:4f:5c", "10.1.2.20"), "staticBindings[0].name", "Junos-safe"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.20").binding("CAM", "00:1b:21:3a:4f:5d", "10.1.2.21"),
            "staticBindings[1].name", "static binding name 'CAM' is already used by dhcpServer.pools[0].staticBindings[0]"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.20").binding("cam2", "001b.213a.4f5c", "10.1.2.21"),
            "staticBindings[1].mac", "00:1b:21:3a:4f:5c is already bound by dhcpServer.pools[0].staticBindings[0]"),
        bad(pool().binding("cam", "00:1b:21:3a:4f:5c", "10.1.2.20").binding("cam2", "00:1b:21:3a:4f:5d", "10.1.2.20"),
            "staticBindings[1].address", "10.1.2.20 is already bound by dhcpServer.pools[0].staticBindings[0]"));
  }

  private static Arguments bad(Pool pool, String field, String message) {
    return Arguments.of(pool.build(), field, message);
  }

  @ParameterizedTest
  @MethodSource("badPools")
  void refusesABadPool(DhcpPool pool, String field, String message) {
    assertOnlyError(dhcp(pool), "dhcpServer.pools[0]." + field, message);
  }

  @Test
  void needsOneToEightPools() {
    assertOnlyError(dhcp(), "dhcpServer.pools", "at least one pool");
    DhcpPool[] eight = IntStream.range(0, 8).mapToObj(ServiceSettingsDhcpTest::poolOnOwnRange).toArray(DhcpPool[]::new);
    assertEquals(8, valid(dhcpOnWideLan(eight)).dhcpServer().pools().size());
    DhcpPool[] nine = IntStream.range(0, 9).mapToObj(ServiceSettingsDhcpTest::poolOnOwnRange).toArray(DhcpPool[]::new);
    Map<String, String> errors = errors(dhcpOnWideLan(nine));
    assertEquals(List.of("dhcpServer.pools"), List.copyOf(errors.keySet()));
    assertTrue(errors.get("dhcpServer.pools").contains("at most 8"), errors.toString());
  }

  private static DhcpPool poolOnOwnRange(int i) {
    return pool().name("p" + i).network("10.2." + i + ".0/24").ranges(range("10.2." + i + ".10", "10.2." + i + ".20"))
        .build();
  }

  private static ServiceSettings dhcpOnWideLan(DhcpPool... pools) {
    List<String> secondaries = IntStream.range(0, pools.length).mapToObj(i -> "10.2." + i + ".1/24").toList();
    return new ServiceSettings(secondaries, null, new DhcpServer(List.of(pools)), null, null, null, null);
  }

  @Test
  void servesPoolsOnThePrimaryAndASecondaryRange() {
    ServiceSettings out = valid(dhcp(pool().build(),
        pool().name("guests").network("10.1.3.0/24").ranges(range("10.1.3.10", "10.1.3.99")).dns().build()));
    assertEquals(List.of("10.1.2.1", "10.1.3.1"),
        out.dhcpServer().pools().stream().map(DhcpPool::router).toList());
  }

  @Test
  void refusesPoolsThatShareANameOrANetworkOrARange() {
    Map<String, String> errors = errors(dhcp(pool().build(), pool().name("LAN").ranges(range("10.1.2.150", "10.1.2.160")).build()));
    assertEquals(List.of("dhcpServer.pools[1].name", "dhcpServer.pools[1].network", "dhcpServer.pools[1].ranges[0]"),
        List.copyOf(errors.keySet()));
    assertTrue(errors.get("dhcpServer.pools[1].name").contains("already used by dhcpServer.pools[0]"), errors.toString());
    assertTrue(errors.get("dhcpServer.pools[1].network").contains("overlaps the network of dhcpServer.pools[0]"),
        errors.toString());
    assertTrue(errors.get("dhcpServer.pools[1].ranges[0]").contains("overlaps dhcpServer.pools[0].ranges[0]"),
        errors.toString());
  }

  @Test
  void refusesAMacOrAddressBoundInTwoPools() {
    Map<String, String> errors = errors(dhcp(
        pool().binding("a", "00:1b:21:3a:4f:5c", "10.1.2.20").build(),
        pool().name("guests").network("10.1.3.0/24").ranges(range("10.1.3.10", "10.1.3.99"))
            .binding("b", "00:1b:21:3a:4f:5c", "10.1.3.200").build()));
    assertEquals(List.of("dhcpServer.pools[1].staticBindings[0].mac"), List.copyOf(errors.keySet()));
  }

  @ParameterizedTest
  @CsvSource({"' 10.20.0.5 ', 10.20.0.5", "192.0.2.1, 192.0.2.1"})
  void relaysToOneServer(String raw, String canonical) {
    assertEquals(new DhcpRelay(List.of(canonical)), valid(relay(raw)).dhcpRelay());
  }

  @Test
  void relaysToFourServersButNotFive() {
    assertEquals(4, valid(relay("10.20.0.1", "10.20.0.2", "10.20.0.3", "10.20.0.4")).dhcpRelay().servers().size());
    assertOnlyError(relay("10.20.0.1", "10.20.0.2", "10.20.0.3", "10.20.0.4", "10.20.0.5"), "dhcpRelay.servers",
        "at most 4");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 10.20.0.256, not an IPv4 address",
    "0, 255.255.255.255, reserved",
    "0, 0.0.0.0, this network",
    "0, 127.0.0.1, loopback",
    "1, 10.20.0.1, listed twice; first at dhcpRelay.servers[0]"
  })
  void refusesABadRelayServer(int index, String server, String message) {
    ServiceSettings settings = index == 0 ? relay(server) : relay("10.20.0.1", server);
    assertOnlyError(settings, "dhcpRelay.servers[" + index + "]", message);
  }

  @Test
  void needsARelayServer() {
    assertOnlyError(relay(), "dhcpRelay.servers", "at least one server");
  }

  @Test
  void refusesAServerAndARelayTogether() {
    ServiceSettings both = new ServiceSettings(null, null, new DhcpServer(List.of(pool().build())),
        new DhcpRelay(List.of("10.20.0.5")), null, null, null);
    assertOnlyError(both, "dhcpRelay", "one or the other, not both");
  }
}
