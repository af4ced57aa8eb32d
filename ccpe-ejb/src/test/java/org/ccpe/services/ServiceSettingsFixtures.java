package org.ccpe.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.common.FieldError;
import org.ccpe.common.Violations;
import org.ccpe.services.ServiceSettings.AddressRange;
import org.ccpe.services.ServiceSettings.DhcpPool;
import org.ccpe.services.ServiceSettings.DhcpRelay;
import org.ccpe.services.ServiceSettings.DhcpServer;
import org.ccpe.services.ServiceSettings.FirewallRule;
import org.ccpe.services.ServiceSettings.Nat;
import org.ccpe.services.ServiceSettings.PortMapping;
import org.ccpe.services.ServiceSettings.SnmpAccess;
import org.ccpe.services.ServiceSettings.StaticBinding;
import org.ccpe.services.ServiceSettings.StaticRoute;

/** A site on 10.1.2.1/24 with an internet link, documents built from it, and how to read the verdict. */
final class ServiceSettingsFixtures {
  static final SiteFacts SITE = SiteFacts.of("10.1.2.1/24", true);
  static final SiteFacts VPN_ONLY_SITE = SiteFacts.of("10.1.2.1/24", false);

  private ServiceSettingsFixtures() {}

  /** The normalized copy of a document that must be valid. */
  static ServiceSettings valid(ServiceSettings input) {
    Violations violations = new Violations();
    ServiceSettings out = new ServiceSettingsValidator().validate(input, SITE, violations);
    assertTrue(violations.isEmpty(), () -> "unexpected errors " + violations.errors());
    return out;
  }

  static Map<String, String> errors(ServiceSettings input) {
    return errors(input, SITE);
  }

  /** Field → message; fails if any field has two errors. */
  static Map<String, String> errors(ServiceSettings input, SiteFacts site) {
    Violations violations = new Violations();
    new ServiceSettingsValidator().validate(input, site, violations);
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError e : violations.errors()) {
      if (byField.put(e.field(), e.message()) != null) {
        fail("two errors on " + e.field() + ": " + violations.errors());
      }
    }
    return byField;
  }

  /** Asserts that the document's only error is on {@code field} and mentions {@code fragment}. */
  static void assertOnlyError(ServiceSettings input, String field, String fragment) {
    Map<String, String> errors = errors(input);
    assertEquals(List.of(field), List.copyOf(errors.keySet()), () -> errors.toString());
    assertTrue(errors.get(field).contains(fragment), () -> "'" + errors.get(field) + "' lacks '" + fragment + "'");
  }

  static ServiceSettings lan(String... secondaries) {
    return new ServiceSettings(List.of(secondaries), null, null, null, null, null, null);
  }

  static ServiceSettings routes(StaticRoute... routes) {
    return new ServiceSettings(List.of("10.1.3.1/24"), List.of(routes), null, null, null, null, null);
  }

  static ServiceSettings dhcp(DhcpPool... pools) {
    return new ServiceSettings(List.of("10.1.3.1/24"), null, new DhcpServer(List.of(pools)), null, null, null, null);
  }

  static ServiceSettings relay(String... servers) {
    return new ServiceSettings(null, null, null, new DhcpRelay(List.of(servers)), null, null, null);
  }

  static ServiceSettings nat(String publicRange, PortMapping... mappings) {
    return new ServiceSettings(null, null, null, null, new Nat(publicRange, List.of(mappings)), null, null);
  }

  static ServiceSettings firewall(FirewallRule... rules) {
    return new ServiceSettings(null, null, null, null, null, List.of(rules), null);
  }

  static ServiceSettings snmp(SnmpAccess snmp) {
    return new ServiceSettings(null, null, null, null, null, null, snmp);
  }

  static StaticRoute route(String destination, String nextHop) {
    return new StaticRoute(destination, nextHop, null);
  }

  static AddressRange range(String low, String high) {
    return new AddressRange(low, high);
  }

  /** A pool that is valid on the site as it stands; change one thing with its withers. */
  static Pool pool() {
    return new Pool();
  }

  static final class Pool {
    String name = "lan";
    String network = "10.1.2.0/24";
    List<AddressRange> ranges = List.of(range("10.1.2.100", "10.1.2.199"));
    String router;
    List<String> dnsServers = List.of("10.1.2.53");
    String domainName;
    Integer lease;
    List<StaticBinding> bindings = List.of();

    Pool name(String v) { name = v; return this; }
    Pool network(String v) { network = v; return this; }
    Pool ranges(AddressRange... v) { ranges = Arrays.asList(v); return this; }
    Pool router(String v) { router = v; return this; }
    Pool dns(String... v) { dnsServers = Arrays.asList(v); return this; }
    Pool domain(String v) { domainName = v; return this; }
    Pool lease(Integer v) { lease = v; return this; }
    Pool bindings(StaticBinding... v) { bindings = Arrays.asList(v); return this; }

    Pool binding(String name, String mac, String address) {
      List<StaticBinding> more = new ArrayList<>(bindings);
      more.add(new StaticBinding(name, mac, address));
      bindings = more;
      return this;
    }

    DhcpPool build() {
      return new DhcpPool(name, network, ranges, router, dnsServers, domainName, lease, bindings);
    }
  }

  static PortMapping mapping(String name, String protocol, String external, Integer externalPort, String internal,
      Integer internalPort) {
    return new PortMapping(name, protocol, external, externalPort, internal, internalPort);
  }

  /** A valid rule; change one thing with its withers. */
  static Rule rule() {
    return new Rule();
  }

  static final class Rule {
    String name = "web";
    String direction = "input";
    List<String> sources = List.of();
    List<String> destinations = List.of("10.1.2.80/32");
    String protocol = "tcp";
    List<String> ports = List.of("443");
    String application;
    String action = "accept";
    Boolean syslog;

    Rule name(String v) { name = v; return this; }
    Rule direction(String v) { direction = v; return this; }
    Rule sources(String... v) { sources = Arrays.asList(v); return this; }
    Rule destinations(String... v) { destinations = Arrays.asList(v); return this; }
    Rule protocol(String v) { protocol = v; return this; }
    Rule ports(String... v) { ports = Arrays.asList(v); return this; }
    Rule application(String v) { application = v; return this; }
    Rule action(String v) { action = v; return this; }
    Rule syslog(Boolean v) { syslog = v; return this; }

    FirewallRule build() {
      return new FirewallRule(name, direction, sources, destinations, protocol, ports, application, action, syslog);
    }
  }
}
