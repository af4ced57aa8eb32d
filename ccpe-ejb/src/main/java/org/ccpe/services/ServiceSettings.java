package org.ccpe.services;

import java.util.List;

/**
 * Everything a site's cCPE context does besides its LAN gateway and access links (which are
 * inventory). Lists are never null (empty means none); {@code dhcpServer}, {@code dhcpRelay},
 * {@code nat} and {@code snmp} are null when the service is off. A site has a DHCP server or a
 * DHCP relay, not both.
 *
 * @param secondaryLanRanges provider-managed extra gateway addresses on the site's LAN, e.g.
 *     {@code 10.1.3.1/24}
 */
public record ServiceSettings(
    List<String> secondaryLanRanges,
    List<StaticRoute> staticRoutes,
    DhcpServer dhcpServer,
    DhcpRelay dhcpRelay,
    Nat nat,
    List<FirewallRule> firewallRules,
    SnmpAccess snmp) {

  public ServiceSettings {
    secondaryLanRanges = secondaryLanRanges == null ? List.of() : List.copyOf(secondaryLanRanges);
    staticRoutes = staticRoutes == null ? List.of() : List.copyOf(staticRoutes);
    firewallRules = firewallRules == null ? List.of() : List.copyOf(firewallRules);
  }

  /** A site with no services configured yet. */
  public static ServiceSettings none() {
    return new ServiceSettings(List.of(), List.of(), null, null, null, List.of(), null);
  }

  /** A static route in the site's routing instance; the next hop lies inside one of its LAN ranges. */
  public record StaticRoute(String destination, String nextHop, Integer preference) {}

  /** The site's DHCP server: one pool or more. */
  public record DhcpServer(List<DhcpPool> pools) {
    public DhcpServer {
      pools = pools == null ? List.of() : List.copyOf(pools);
    }
  }

  /**
   * A DHCP pool.
   *
   * @param network inside one of the site's LAN ranges, e.g. {@code 10.1.2.0/24}
   * @param ranges one or more, not overlapping, inside the network
   * @param leaseTimeSeconds 300 to 604,800 (5 minutes to 7 days)
   * @param staticBindings MAC → IP inside the network and outside the ranges
   */
  public record DhcpPool(
      String name,
      String network,
      List<AddressRange> ranges,
      String router,
      List<String> dnsServers,
      String domainName,
      Integer leaseTimeSeconds,
      List<StaticBinding> staticBindings) {
    public DhcpPool {
      ranges = ranges == null ? List.of() : List.copyOf(ranges);
      dnsServers = dnsServers == null ? List.of() : List.copyOf(dnsServers);
      staticBindings = staticBindings == null ? List.of() : List.copyOf(staticBindings);
    }
  }

  public record AddressRange(String low, String high) {}

  public record StaticBinding(String name, String mac, String address) {}

  /** DHCP relay to 1–4 servers, instead of a DHCP server. */
  public record DhcpRelay(List<String> servers) {
    public DhcpRelay {
      servers = servers == null ? List.of() : List.copyOf(servers);
    }
  }

  /**
   * Internet access through NAT. The public range is the provider's to set (on the site's
   * {@code internet} access link); port mappings are the customer's, and none may exist before
   * the public range does.
   *
   * @param publicRange e.g. {@code 203.0.113.8/29}
   */
  public record Nat(String publicRange, List<PortMapping> portMappings) {
    public Nat {
      portMappings = portMappings == null ? List.of() : List.copyOf(portMappings);
    }
  }

  /** Destination NAT: external address:port (inside the public range) to an internal host:port. */
  public record PortMapping(
      String name,
      String protocol,
      String externalAddress,
      Integer externalPort,
      String internalAddress,
      Integer internalPort) {}

  /**
   * One stateful firewall rule, in order. Either {@code protocol} (with optional destination port
   * ranges such as {@code 443} or {@code 1000-2000}) or a Junos {@code application} name.
   *
   * @param direction {@code input}, {@code output} or {@code input-output}
   * @param action {@code accept}, {@code discard} or {@code reject}
   */
  public record FirewallRule(
      String name,
      String direction,
      List<String> sourcePrefixes,
      List<String> destinationPrefixes,
      String protocol,
      List<String> destinationPorts,
      String application,
      String action,
      Boolean syslog) {
    public FirewallRule {
      sourcePrefixes = sourcePrefixes == null ? List.of() : List.copyOf(sourcePrefixes);
      destinationPrefixes = destinationPrefixes == null ? List.of() : List.copyOf(destinationPrefixes);
      destinationPorts = destinationPorts == null ? List.of() : List.copyOf(destinationPorts);
    }
  }

  /**
   * SNMP access to the site's routing instance: a read-only community, the client prefixes allowed
   * to use it, and trap targets.
   */
  public record SnmpAccess(String community, List<String> clients, List<String> trapTargets) {
    public SnmpAccess {
      clients = clients == null ? List.of() : List.copyOf(clients);
      trapTargets = trapTargets == null ? List.of() : List.copyOf(trapTargets);
    }
  }
}
