package org.ccpe.services;

import static org.ccpe.services.ServiceSettingsFixtures.assertOnlyError;
import static org.ccpe.services.ServiceSettingsFixtures.errors;
import static org.ccpe.services.ServiceSettingsFixtures.firewall;
import static org.ccpe.services.ServiceSettingsFixtures.rule;
import static org.ccpe.services.ServiceSettingsFixtures.snmp;
import static org.ccpe.services.ServiceSettingsFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ccpe.services.ServiceSettings.FirewallRule;
import org.ccpe.services.ServiceSettings.SnmpAccess;
import org.ccpe.services.ServiceSettingsFixtures.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceSettingsFirewallAndSnmpTest {

  @Test
  void normalizesARule() {
    FirewallRule in = rule().name(" web ").direction("Input").sources(" 198.51.100.0/24").destinations()
        .protocol(" TCP ").ports(" 443", "1000 - 2000", "80-80").action("ACCEPT").syslog(true).build();
    assertEquals(new FirewallRule("web", "input", List.of("198.51.100.0/24"), List.of(), "tcp",
        List.of("443", "1000-2000", "80"), null, "accept", true), valid(firewall(in)).firewallRules().get(0));
  }

  @Test
  void matchesAnyProtocolWithoutSyslogWhenNothingIsSaid() {
    FirewallRule out = valid(firewall(rule().protocol(null).ports().build())).firewallRules().get(0);
    assertEquals("any", out.protocol());
    assertFalse(out.syslog());
  }

  @ParameterizedTest
  @ValueSource(strings = {"junos-https", "junos-ssh", "junos-http", "my-app-2"})
  void matchesAJunosApplicationInsteadOfAProtocol(String application) {
    FirewallRule out = valid(firewall(rule().protocol(null).ports().application(application).build()))
        .firewallRules().get(0);
    assertEquals(application, out.application());
    assertEquals(null, out.protocol());
  }

  @ParameterizedTest
  @CsvSource({"input", "output", "input-output"})
  void acceptsEachDirection(String direction) {
    assertEquals(direction, valid(firewall(rule().direction(direction).build())).firewallRules().get(0).direction());
  }

  @ParameterizedTest
  @CsvSource({"accept", "discard", "reject"})
  void acceptsEachAction(String action) {
    assertEquals(action, valid(firewall(rule().action(action).build())).firewallRules().get(0).action());
  }

  static Stream<Arguments> badRules() {
    return Stream.of(
        bad(rule().name("allow web"), "name", "Junos-safe"),
        bad(rule().name(null), "name", "is required"),
        bad(rule().direction("inbound"), "direction", "'inbound' is not one of input, output, input-output"),
        bad(rule().direction(null), "direction", "is required"),
        bad(rule().action("drop"), "action", "'drop' is not one of accept, discard, reject"),
        bad(rule().action(" "), "action", "is required"),
        bad(rule().sources("10.0.0.1/8"), "sourcePrefixes[0]", "host bits"),
        bad(rule().sources("any"), "sourcePrefixes[0]", "not an IPv4 prefix"),
        bad(rule().destinations("10.1.2.0/24", "10.1.2.0/24"), "destinationPrefixes[1]",
            "listed twice; first at firewallRules[0].destinationPrefixes[0]"),
        bad(rule().sources(prefixes(33)), "sourcePrefixes", "at most 32 prefixes"),
        bad(rule().protocol("gre").ports(), "protocol", "'gre' is not one of tcp, udp, icmp, any"),
        bad(rule().ports("0"), "destinationPorts[0]", "between 1 and 65535"),
        bad(rule().ports("443", "70000"), "destinationPorts[1]", "between 1 and 65535"),
        bad(rule().ports("2000-1000"), "destinationPorts[0]", "runs backwards"),
        bad(rule().ports("https"), "destinationPorts[0]", "not a port or port range"),
        bad(rule().ports("443", "443"), "destinationPorts[1]", "listed twice"),
        bad(rule().ports(IntStream.rangeClosed(1, 33).mapToObj(Integer::toString).toArray(String[]::new)),
            "destinationPorts", "at most 32 port ranges"),
        bad(rule().protocol("icmp"), "destinationPorts", "ports apply only to protocol tcp or udp"),
        bad(rule().protocol("any"), "destinationPorts", "only to protocol tcp or udp"),
        bad(rule().protocol(null), "destinationPorts", "only to protocol tcp or udp"),
        bad(rule().protocol(null).application("junos-https"), "destinationPorts", "the application names its own ports"),
        bad(rule().ports().application("junos-https"), "application", "either a protocol or an application, not both"),
        bad(rule().protocol(null).ports().application("Junos-HTTPS"), "application", "not a Junos application name"),
        bad(rule().protocol(null).ports().application("j"), "application", "not a Junos application name"),
        bad(rule().protocol(null).ports().application("-junos"), "application", "not a Junos application name"));
  }

  private static Arguments bad(Rule rule, String field, String message) {
    return Arguments.of(rule.build(), field, message);
  }

  private static String[] prefixes(int count) {
    return IntStream.range(0, count).mapToObj(i -> "198.51." + i + ".0/24").toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("badRules")
  void refusesABadRule(FirewallRule rule, String field, String message) {
    assertOnlyError(firewall(rule), "firewallRules[0]." + field, message);
  }

  @Test
  void usesARuleNameOnce() {
    assertOnlyError(firewall(rule().build(), rule().name("WEB").build()), "firewallRules[1].name",
        "rule name 'WEB' is already used by firewallRules[0]");
  }

  @Test
  void allows256RulesButNot257() {
    FirewallRule[] max = IntStream.range(0, 256).mapToObj(i -> rule().name("r" + i).build()).toArray(FirewallRule[]::new);
    assertEquals(256, valid(firewall(max)).firewallRules().size());
    FirewallRule[] over = IntStream.range(0, 257).mapToObj(i -> rule().name("r" + i).build()).toArray(FirewallRule[]::new);
    assertOnlyError(firewall(over), "firewallRules", "at most 256 firewall rules per site, not 257");
  }

  @Test
  void normalizesSnmpAccess() {
    SnmpAccess out = valid(snmp(new SnmpAccess(" s3cr3t!#$ ", List.of(" 10.1.2.0/24", "192.0.2.7/32"),
        List.of("10.1.2.9 ")))).snmp();
    assertEquals(new SnmpAccess("s3cr3t!#$", List.of("10.1.2.0/24", "192.0.2.7/32"), List.of("10.1.2.9")), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"my community", "quoted\"one", "quoted'one", "thirty-three-characters-long-xxxx", "ünïcode",
      "tab\there", "", "  "})
  void refusesABadCommunityWithoutRepeatingIt(String community) {
    Map<String, String> errors = errors(snmp(new SnmpAccess(community, List.of("10.1.2.0/24"), List.of())));
    assertEquals(List.of("snmp.community"), List.copyOf(errors.keySet()));
    String message = errors.get("snmp.community");
    assertFalse(!community.isBlank() && message.contains(community.strip()), message);
  }

  @Test
  void neverShowsTheCommunityInItsTextForm() {
    assertFalse(SnmpCommunity.parse("s3cr3t").toString().contains("s3cr3t"));
  }

  @ParameterizedTest
  @CsvSource({
    "0, snmp.clients, at least one client prefix",
    "17, snmp.clients, at most 16 client prefixes, not 17"
  })
  void allowsOneToSixteenClients(int count, String field, String message) {
    assertOnlyError(snmp(new SnmpAccess("s3cr3t", List.of(prefixes(count)), List.of())), field, message);
    assertEquals(16, valid(snmp(new SnmpAccess("s3cr3t", List.of(prefixes(16)), List.of()))).snmp().clients().size());
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.1/24, snmp.clients[0], host bits",
    "10.1.2.0, snmp.clients[0], not an IPv4 prefix"
  })
  void refusesABadClientPrefix(String client, String field, String message) {
    assertOnlyError(snmp(new SnmpAccess("s3cr3t", List.of(client), List.of())), field, message);
  }

  @Test
  void allowsEightTrapTargetsButNotNine() {
    List<String> eight = IntStream.range(1, 9).mapToObj(i -> "10.1.2." + i * 10).toList();
    assertEquals(eight, valid(snmp(new SnmpAccess("s3cr3t", List.of("10.1.2.0/24"), eight))).snmp().trapTargets());
    List<String> nine = IntStream.range(1, 10).mapToObj(i -> "10.1.2." + i * 10).toList();
    assertOnlyError(snmp(new SnmpAccess("s3cr3t", List.of("10.1.2.0/24"), nine)), "snmp.trapTargets", "at most 8");
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2, not an IPv4 address",
    "127.0.0.1, loopback",
    "239.1.1.1, multicast"
  })
  void refusesABadTrapTarget(String target, String message) {
    assertOnlyError(snmp(new SnmpAccess("s3cr3t", List.of("10.1.2.0/24"), List.of(target))), "snmp.trapTargets[0]",
        message);
  }

  @Test
  void refusesATrapTargetTwice() {
    Map<String, String> errors = errors(snmp(new SnmpAccess("s3cr3t", List.of("10.1.2.0/24"),
        List.of("10.1.2.9", "10.1.2.9"))));
    assertEquals(List.of("snmp.trapTargets[1]"), List.copyOf(errors.keySet()));
    assertTrue(errors.get("snmp.trapTargets[1]").contains("listed twice"));
  }
}
