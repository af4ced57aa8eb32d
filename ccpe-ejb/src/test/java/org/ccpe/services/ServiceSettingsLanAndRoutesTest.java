package org.ccpe.services;

import static org.ccpe.services.ServiceSettingsFixtures.assertOnlyError;
import static org.ccpe.services.ServiceSettingsFixtures.errors;
import static org.ccpe.services.ServiceSettingsFixtures.lan;
import static org.ccpe.services.ServiceSettingsFixtures.route;
import static org.ccpe.services.ServiceSettingsFixtures.routes;
import static org.ccpe.services.ServiceSettingsFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ccpe.services.ServiceSettings.StaticRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceSettingsLanAndRoutesTest {

  @ParameterizedTest
  @CsvSource({
    "' 10.1.3.1/24 ', 10.1.3.1/24",
    "192.168.7.254/23, 192.168.7.254/23",
    "10.1.1.5/30, 10.1.1.5/30",
    "10.1.0.1/24, 10.1.0.1/24"
  })
  void keepsSecondaryLanRangesInCanonicalForm(String raw, String canonical) {
    assertEquals(List.of(canonical), valid(lan(raw)).secondaryLanRanges());
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.3.0/24, not a usable host",
    "10.1.3.255/24, not a usable host",
    "10.1.3.1/31, between /8 and /30",
    "10.1.3.1, not an address with prefix length",
    "'  ', is required",
    "10.1.2.129/25, overlaps the primary LAN 10.1.2.0/24",
    "10.0.0.1/8, overlaps the primary LAN 10.1.2.0/24",
    "10.1.2.9/30, overlaps the primary LAN"
  })
  void refusesABadSecondaryLanRange(String raw, String message) {
    assertOnlyError(lan(raw), "secondaryLanRanges[0]", message);
  }

  @Test
  void refusesSecondaryRangesThatOverlapEachOther() {
    assertOnlyError(lan("10.1.3.1/24", "10.1.4.1/24", "10.1.3.129/25"), "secondaryLanRanges[2]",
        "overlaps secondaryLanRanges[0] 10.1.3.0/24");
  }

  @Test
  void allowsSixteenSecondaryRangesButNotSeventeen() {
    String[] sixteen = IntStream.range(0, 16).mapToObj(i -> "10.2." + i + ".1/24").toArray(String[]::new);
    assertEquals(16, valid(lan(sixteen)).secondaryLanRanges().size());
    String[] seventeen = IntStream.range(0, 17).mapToObj(i -> "10.2." + i + ".1/24").toArray(String[]::new);
    assertOnlyError(lan(seventeen), "secondaryLanRanges", "at most 16");
  }

  @ParameterizedTest
  @CsvSource({
    "0.0.0.0/0, 10.1.2.254, , 0.0.0.0/0, 10.1.2.254,",
    "' 192.168.0.0/16 ', ' 10.1.2.5 ', 10, 192.168.0.0/16, 10.1.2.5, 10",
    "172.16.0.0/12, 10.1.3.77, 255, 172.16.0.0/12, 10.1.3.77, 255",
    "10.0.0.0/8, 10.1.2.2, 1, 10.0.0.0/8, 10.1.2.2, 1",
    "203.0.113.9/32, 10.1.3.2, , 203.0.113.9/32, 10.1.3.2,"
  })
  void acceptsRoutesViaAHostOnTheLan(String destination, String nextHop, Integer preference,
      String canonicalDestination, String canonicalNextHop, Integer canonicalPreference) {
    StaticRoute out = valid(routes(new StaticRoute(destination, nextHop, preference))).staticRoutes().get(0);
    assertEquals(new StaticRoute(canonicalDestination, canonicalNextHop, canonicalPreference), out);
  }

  @ParameterizedTest
  @CsvSource({
    "10.9.0.1/16, 10.1.2.5, , destination, host bits set; the network is 10.9.0.0/16",
    "10.9.0.0, 10.1.2.5, , destination, not an IPv4 prefix",
    "10.9.0.0/33, 10.1.2.5, , destination, between 0 and 32",
    ", 10.1.2.5, , destination, is required",
    "10.1.2.128/25, 10.1.2.5, , destination, inside the site's LAN 10.1.2.0/24",
    "10.1.3.7/32, 10.1.2.5, , destination, directly connected",
    "10.9.0.0/16, 10.1.4.5, , nextHop, not inside the site's LAN ranges (10.1.2.0/24, 10.1.3.0/24)",
    "10.9.0.0/16, 10.1.2.1, , nextHop, the site's LAN gateway itself",
    "10.9.0.0/16, 10.1.3.1, , nextHop, the site's LAN gateway itself",
    "10.9.0.0/16, 10.1.2.255, , nextHop, broadcast address of 10.1.2.0/24",
    "10.9.0.0/16, 10.1.3.0, , nextHop, network or broadcast",
    "10.9.0.0/16, 10.1.2.256, , nextHop, not an IPv4 address",
    "10.9.0.0/16, 010.1.2.5, , nextHop, not an IPv4 address",
    "10.9.0.0/16, , , nextHop, is required",
    "10.9.0.0/16, 10.1.2.5, 0, preference, between 1 and 255",
    "10.9.0.0/16, 10.1.2.5, 256, preference, between 1 and 255",
    "10.9.0.0/16, 10.1.2.5, -1, preference, between 1 and 255"
  })
  void refusesABadRoute(String destination, String nextHop, Integer preference, String field, String message) {
    assertOnlyError(routes(new StaticRoute(destination, nextHop, preference)), "staticRoutes[0]." + field, message);
  }

  @Test
  void refusesTheSameDestinationTwice() {
    assertOnlyError(routes(route("10.9.0.0/16", "10.1.2.5"), route("0.0.0.0/0", "10.1.2.6"),
        route(" 10.9.0.0/16", "10.1.2.7")), "staticRoutes[2].destination", "already given by staticRoutes[0]");
  }

  @Test
  void allowsSixtyFourRoutesButNotSixtyFive() {
    StaticRoute[] sixtyFour = IntStream.range(0, 64).mapToObj(i -> route("10.9." + i + ".0/24", "10.1.2.5"))
        .toArray(StaticRoute[]::new);
    assertEquals(64, valid(routes(sixtyFour)).staticRoutes().size());
    StaticRoute[] sixtyFive = IntStream.range(0, 65).mapToObj(i -> route("10.9." + i + ".0/24", "10.1.2.5"))
        .toArray(StaticRoute[]::new);
    assertOnlyError(routes(sixtyFive), "staticRoutes", "at most 64 static routes per site, not 65");
  }

  @Test
  void reportsEveryBadRouteOnItsOwnField() {
    Map<String, String> errors = errors(routes(route("10.9.0.1/16", "10.1.2.5"), route("10.8.0.0/16", "10.7.0.1"),
        new StaticRoute("10.7.0.0/16", "10.1.2.5", 300)));
    assertEquals(List.of("staticRoutes[0].destination", "staticRoutes[1].nextHop", "staticRoutes[2].preference"),
        List.copyOf(errors.keySet()));
  }

  @Test
  void countsNextHopsInASecondaryRangeThatOverlapsAsStillOnTheLan() {
    // the overlap is the error; the route through it is not a second one
    Map<String, String> errors = errors(new ServiceSettings(List.of("10.1.2.129/25"),
        List.of(route("10.9.0.0/16", "10.1.2.129")), null, null, null, null, null));
    assertEquals(List.of("secondaryLanRanges[0]", "staticRoutes[0].nextHop"), List.copyOf(errors.keySet()));
    assertTrue(errors.get("staticRoutes[0].nextHop").contains("gateway"), errors.toString());
  }
}
