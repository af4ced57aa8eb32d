package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.List;
import org.ccpe.provisioning.SiteContext.Link;
import org.ccpe.services.ServiceSettings;
import org.ccpe.services.ServiceSettings.AddressRange;
import org.ccpe.services.ServiceSettings.DhcpPool;
import org.ccpe.services.ServiceSettings.DhcpRelay;
import org.ccpe.services.ServiceSettings.DhcpServer;
import org.ccpe.services.ServiceSettings.FirewallRule;
import org.ccpe.services.ServiceSettings.Nat;
import org.ccpe.services.ServiceSettings.PortMapping;
import org.ccpe.services.ServiceSettings.SnmpAccess;
import org.ccpe.services.ServiceSettings.StaticRoute;
import org.ccpe.services.ServiceSettings.StaticBinding;

/** Representative sites of one MX, each with its golden file under {@code golden/<name>.xml}. */
final class ExampleSites {

  static final String SERVICES_INTERFACE = "ms-1/0/0";

  private ExampleSites() {}

  /** A VPN-only site: two access links, RD and vrf-target, static routes, nothing else. */
  static SiteContext plainL3vpn() {
    return new SiteContext("acme-hq", "Acme", "Head office", "10.10.0.1/24", 101, "65000:101",
        "target:65000:101", SERVICES_INTERFACE,
        List.of(new Link("ge-1/0/3.101", "ge-1/0/3", 101, 101, "vpn"),
            new Link("ge-1/0/4.101", "ge-1/0/4", 101, 101, "vpn")),
        new ServiceSettings(List.of(),
            List.of(new StaticRoute("10.20.0.0/16", "10.10.0.254", null),
                new StaticRoute("10.30.0.0/16", "10.10.0.253", 20)),
            null, null, null, List.of(), null));
  }

  /** Internet through NAT, port mappings (one keeps its port, one is forwarded), SNMP. */
  static SiteContext natWithPortMappings() {
    return new SiteContext("acme-shop", "Acme", "Shop", "10.11.0.1/24", 102, "65000:102",
        "target:65000:102", SERVICES_INTERFACE,
        List.of(new Link("ge-1/0/3.102", "ge-1/0/3", 102, 102, "vpn"),
            new Link("ge-1/0/3.902", "ge-1/0/3", 902, 902, "internet")),
        new ServiceSettings(List.of("10.11.1.1/24"), List.of(), null, null,
            new Nat("203.0.113.8/29", List.of(
                new PortMapping("web", "tcp", "203.0.113.9", 443, "10.11.0.10", 443),
                new PortMapping("ssh", "tcp", "203.0.113.9", 2222, "10.11.0.11", 22),
                new PortMapping("voip", "udp", "203.0.113.10", 5060, "10.11.1.20", 5060))),
            List.of(),
            new SnmpAccess("sh0p-s3cret", List.of("192.0.2.0/28"), List.of("192.0.2.5"))));
  }

  /** DHCP relay to two servers; no RD yet, so a virtual router. */
  static SiteContext dhcpRelay() {
    return new SiteContext("beta-depot", "Beta", "Depot", "10.12.0.1/24", 103, null, null,
        SERVICES_INTERFACE,
        List.of(new Link("ge-1/0/5.103", "ge-1/0/5", 103, 103, "vpn")),
        new ServiceSettings(List.of(), List.of(), null,
            new DhcpRelay(List.of("10.250.0.10", "10.250.0.11")), null, List.of(), null));
  }

  /** DHCP server: two pools, several ranges, static bindings, a secondary LAN range. */
  static SiteContext dhcpServer() {
    return new SiteContext("beta-lab", "Beta", "Lab", "10.13.0.1/24", 104, "65000:104",
        "target:65000:104", SERVICES_INTERFACE,
        List.of(new Link("ge-1/0/5.104", "ge-1/0/5", 104, 104, "vpn")),
        new ServiceSettings(List.of("10.13.1.1/24"), List.of(),
            new DhcpServer(List.of(
                new DhcpPool("lan", "10.13.0.0/24",
                    List.of(new AddressRange("10.13.0.10", "10.13.0.99"),
                        new AddressRange("10.13.0.150", "10.13.0.199")),
                    "10.13.0.1", List.of("10.250.0.53", "10.250.0.54"), "lab.beta.example", 86400,
                    List.of(new StaticBinding("printer", "00:11:22:33:44:55", "10.13.0.200"),
                        new StaticBinding("nas", "00:11:22:33:44:66", "10.13.0.201"))),
                new DhcpPool("voice", "10.13.1.0/24",
                    List.of(new AddressRange("10.13.1.10", "10.13.1.250")),
                    "10.13.1.1", List.of("10.250.0.53"), null, 3600, List.of()))),
            null, null, List.of(), null));
  }

  /**
   * Twenty firewall rules without NAT: protocols with single ports, ranges and none, Junos
   * applications, the three directions and the three actions.
   */
  static SiteContext firewallHeavy() {
    List<FirewallRule> rules = new ArrayList<>();
    String[] actions = {"accept", "discard", "reject"};
    String[] directions = {"input", "output", "input-output"};
    for (int i = 1; i <= 20; i++) {
      String direction = directions[i % 3];
      String action = actions[i % 3];
      List<String> sources = List.of("10.14.0.0/24");
      List<String> destinations = i % 2 == 0 ? List.of("0.0.0.0/0") : List.of("198.51.100.0/24", "198.51.101.0/24");
      if (i % 4 == 0) {
        rules.add(new FirewallRule("app-" + i, direction, sources, destinations, null, List.of(),
            i % 8 == 0 ? "junos-http" : "junos-https", action, i % 5 == 0));
      } else if (i % 4 == 1) {
        rules.add(new FirewallRule("tcp-" + i, direction, sources, destinations, "tcp",
            List.of(String.valueOf(8000 + i), (9000 + i * 10) + "-" + (9009 + i * 10)), null, action, true));
      } else if (i % 4 == 2) {
        rules.add(new FirewallRule("udp-" + i, direction, sources, destinations, "udp",
            List.of(String.valueOf(5000 + i)), null, action, false));
      } else {
        rules.add(new FirewallRule("icmp-" + i, direction, sources, destinations, "icmp", List.of(), null,
            action, null));
      }
    }
    return new SiteContext("gamma-plant", "Gamma", "Plant", "10.14.0.1/24", 105, "65000:105",
        "target:65000:105", SERVICES_INTERFACE,
        List.of(new Link("ge-1/0/6.105", "ge-1/0/6", 105, 105, "vpn")),
        new ServiceSettings(List.of(), List.of(), null, null, null, rules, null));
  }

  /** One golden document: what is rendered and what is removed. */
  record Golden(String name, List<SiteContext> sites, List<SiteContext> removals) {
    String render() {
      return new JunosConfigRenderer().render(sites, removals);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The golden documents: each representative site alone, then two coalesced with one removal. */
  static List<Golden> golden() {
    return List.of(
        new Golden("plain-l3vpn", List.of(plainL3vpn()), List.of()),
        new Golden("nat-port-mappings", List.of(natWithPortMappings()), List.of()),
        new Golden("dhcp-relay", List.of(dhcpRelay()), List.of()),
        new Golden("dhcp-server", List.of(dhcpServer()), List.of()),
        new Golden("firewall-heavy", List.of(firewallHeavy()), List.of()),
        new Golden("coalesced-with-removal", List.of(natWithPortMappings(), dhcpServer()), List.of(plainL3vpn())));
  }

  /** The same site with other settings, e.g. after a change. */
  static SiteContext withSettings(SiteContext site, ServiceSettings settings) {
    return new SiteContext(site.routingInstance(), site.customerName(), site.siteName(), site.lanGateway(),
        site.irbUnit(), site.routeDistinguisher(), site.vrfTarget(), site.servicesInterface(),
        site.accessLinks(), settings);
  }

  /** The same site under another name, e.g. one with characters XML must escape. */
  static SiteContext named(SiteContext site, String customerName, String siteName) {
    return new SiteContext(site.routingInstance(), customerName, siteName, site.lanGateway(), site.irbUnit(),
        site.routeDistinguisher(), site.vrfTarget(), site.servicesInterface(), site.accessLinks(),
        site.settings());
  }
}
