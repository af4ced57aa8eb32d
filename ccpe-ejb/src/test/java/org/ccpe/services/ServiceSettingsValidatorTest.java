package org.ccpe.services;

import static org.ccpe.services.ServiceSettingsFixtures.SITE;
import static org.ccpe.services.ServiceSettingsFixtures.errors;
import static org.ccpe.services.ServiceSettingsFixtures.mapping;
import static org.ccpe.services.ServiceSettingsFixtures.pool;
import static org.ccpe.services.ServiceSettingsFixtures.range;
import static org.ccpe.services.ServiceSettingsFixtures.route;
import static org.ccpe.services.ServiceSettingsFixtures.rule;
import static org.ccpe.services.ServiceSettingsFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.common.Violations;
import org.ccpe.services.ServiceSettings.DhcpRelay;
import org.ccpe.services.ServiceSettings.DhcpServer;
import org.ccpe.services.ServiceSettings.Nat;
import org.ccpe.services.ServiceSettings.SnmpAccess;
import org.ccpe.services.ServiceSettings.StaticRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The document as a whole: every error at once, normalization that settles, absent sections. */
class ServiceSettingsValidatorTest {

  /** Every section in use, written sloppily the way people type. */
  static ServiceSettings sloppy() {
    return new ServiceSettings(
        List.of(" 10.1.3.1/24 "),
        List.of(new StaticRoute(" 0.0.0.0/0", "10.1.2.254 ", null), new StaticRoute("192.168.0.0/16", "10.1.3.9", 20)),
        new DhcpServer(List.of(
            pool().name(" lan").dns(" 10.1.2.53").domain("Corp.Example.").binding("nas", "001B.213A.4F5C", "10.1.2.20")
                .build(),
            pool().name("guests").network("10.1.3.0/24").ranges(range("10.1.3.100", " 10.1.3.150"),
                range("10.1.3.200", "10.1.3.220")).router(" 10.1.3.1").dns().lease(3600).build())),
        null,
        new Nat(" 203.0.113.8/29", List.of(mapping("web", "Tcp", "203.0.113.9", 443, " 10.1.2.80", 8443))),
        List.of(rule().direction("INPUT").ports("1000 - 2000").build(),
            rule().name("ssh").protocol(null).ports().application(" junos-ssh ").action("Reject").syslog(true).build(),
            rule().name("ping").protocol("ICMP").ports().sources("198.51.100.0/24").destinations().build()),
        new SnmpAccess(" s3cr3t ", List.of("10.1.2.0/24 "), List.of(" 10.1.2.9")));
  }

  static Stream<ServiceSettings> documents() {
    return Stream.of(sloppy(), ServiceSettings.none(), new ServiceSettings(null, null, null, null, null, null, null),
        new ServiceSettings(null, List.of(route("10.9.0.0/16", "10.1.2.5")), null,
            new DhcpRelay(List.of(" 10.20.0.5", "10.20.0.6")), null, null, null));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void normalizesToAFixedPoint(ServiceSettings document) {
    ServiceSettings once = valid(document);
    assertEquals(once, valid(once));
  }

  @Test
  void normalizesEverySection() {
    ServiceSettings out = valid(sloppy());
    assertEquals(List.of("10.1.3.1/24"), out.secondaryLanRanges());
    assertEquals(List.of(new StaticRoute("0.0.0.0/0", "10.1.2.254", null), new StaticRoute("192.168.0.0/16", "10.1.3.9", 20)),
        out.staticRoutes());
    assertEquals("corp.example", out.dhcpServer().pools().get(0).domainName());
    assertEquals("00:1b:21:3a:4f:5c", out.dhcpServer().pools().get(0).staticBindings().get(0).mac());
    assertEquals(86_400, out.dhcpServer().pools().get(0).leaseTimeSeconds());
    assertEquals(3600, out.dhcpServer().pools().get(1).leaseTimeSeconds());
    assertEquals("10.1.3.150", out.dhcpServer().pools().get(1).ranges().get(0).high());
    assertEquals("203.0.113.8/29", out.nat().publicRange());
    assertEquals("tcp", out.nat().portMappings().get(0).protocol());
    assertEquals(List.of("input", "input", "input"), out.firewallRules().stream().map(r -> r.direction()).toList());
    assertEquals(List.of("1000-2000"), out.firewallRules().get(0).destinationPorts());
    assertEquals("junos-ssh", out.firewallRules().get(1).application());
    assertEquals("reject", out.firewallRules().get(1).action());
    assertEquals("icmp", out.firewallRules().get(2).protocol());
    assertEquals(new SnmpAccess("s3cr3t", List.of("10.1.2.0/24"), List.of("10.1.2.9")), out.snmp());
  }

  @Test
  void treatsNullSectionsAsOffAndNullListsAsEmpty() {
    assertEquals(ServiceSettings.none(), valid(new ServiceSettings(null, null, null, null, null, null, null)));
  }

  @Test
  void reportsEveryErrorOfADocumentAtOnce() {
    ServiceSettings broken = new ServiceSettings(
        List.of("10.1.3.1/24", "10.1.3.9/24"),
        List.of(route("10.9.0.0/16", "10.1.2.5"), route("10.8.0.0/16", "10.1.2.1"), route("10.9.0.0/16", "10.1.2.6")),
        new DhcpServer(List.of(pool().ranges(range("10.1.2.100", "10.1.2.120"), range("10.1.2.110", "10.1.2.300"))
            .lease(60).binding("nas", "00:1b:21:3a:4f", "10.1.2.20").build())),
        new DhcpRelay(List.of("10.20.0.5")),
        new Nat("192.168.0.0/24", List.of(mapping("web", "tcp", "203.0.113.9", 70_000, "10.1.2.80", 80))),
        List.of(rule().build(), rule().protocol("icmp").build(), rule().name("x").direction("sideways").build()),
        new SnmpAccess("has space", List.of(), List.of("10.1.2.9", "10.1.2.9")));
    Map<String, String> errors = errors(broken);
    assertEquals(List.of(
        "secondaryLanRanges[1]",
        "staticRoutes[1].nextHop",
        "staticRoutes[2].destination",
        "dhcpServer.pools[0].ranges[1].high",
        "dhcpServer.pools[0].leaseTimeSeconds",
        "dhcpServer.pools[0].staticBindings[0].mac",
        "dhcpRelay",
        "nat.publicRange",
        "nat.portMappings[0].externalPort",
        "firewallRules[1].name",
        "firewallRules[1].destinationPorts",
        "firewallRules[2].direction",
        "snmp.community",
        "snmp.clients",
        "snmp.trapTargets[1]"), List.copyOf(errors.keySet()), errors::toString);
  }

  @Test
  void addsToTheCallersViolationsSoOneExceptionCarriesThemAll() {
    Violations violations = new Violations();
    violations.add("etag", "is required");
    new ServiceSettingsValidator().validate(new ServiceSettings(List.of("x"), null, null, null, null, null, null),
        SITE, violations);
    ValidationFailedException e = assertThrows(ValidationFailedException.class, violations::throwIfAny);
    assertEquals(List.of("etag", "secondaryLanRanges[0]"), e.errors().stream().map(f -> f.field()).toList());
  }

  @Test
  void returnsATrimmedBestEffortCopyOfABrokenDocumentThatAlsoSettles() {
    ServiceSettings broken = new ServiceSettings(List.of(" nonsense ", "  "), List.of(route(" 10.9.0.1/16 ", " x ")),
        null, null, null, List.of(rule().direction(" Sideways ").build()), null);
    Violations first = new Violations();
    ServiceSettings once = new ServiceSettingsValidator().validate(broken, SITE, first);
    assertEquals(List.of("nonsense", ""), once.secondaryLanRanges());
    assertEquals(route("10.9.0.1/16", "x"), once.staticRoutes().get(0));
    assertEquals("Sideways", once.firewallRules().get(0).direction());
    Violations second = new Violations();
    assertEquals(once, new ServiceSettingsValidator().validate(once, SITE, second));
    assertEquals(first.errors().stream().map(f -> f.field()).toList(),
        second.errors().stream().map(f -> f.field()).toList());
  }
}
