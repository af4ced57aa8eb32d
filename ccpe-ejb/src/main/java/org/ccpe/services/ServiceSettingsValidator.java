package org.ccpe.services;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccpe.common.Violations;
import org.ccpe.net.DomainName;
import org.ccpe.net.InterfaceAddress;
import org.ccpe.net.Ipv4Address;
import org.ccpe.net.Ipv4Prefix;
import org.ccpe.net.MacAddress;
import org.ccpe.net.PortRange;
import org.ccpe.net.SpecialPurposeBlock;
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

/**
 * Checks a whole {@link ServiceSettings} document against the rules of issue 4 and the site's
 * inventory facts, and answers its normalized copy: text trimmed, addresses and prefixes in
 * canonical form, MACs as {@code aa:bb:cc:dd:ee:ff}, keywords lower-case, defaults filled (lease
 * 86,400 s, default router = the LAN gateway inside the pool's network, firewall protocol {@code
 * any}, syslog off). Normalizing twice changes nothing, so what is stored is what a later read and
 * re-submit validates to.
 *
 * <p>Every broken rule is recorded, at most one per field, under a JSON-path-like name such as
 * {@code dhcpServer.pools[0].ranges[1].high}; the caller throws if any was. A duplicate or an
 * overlap is reported on the later element and names the earlier one. When something was recorded
 * the returned copy is best effort (what could not be parsed is only trimmed) and must not be
 * stored.
 *
 * <p>Rules that need more than one site (a secondary LAN range overlapping another site's LAN) are
 * the service's to check against the inventory; this class sees one document and its site only.
 */
public class ServiceSettingsValidator {
  public static final int MAX_SECONDARY_LAN_RANGES = 16;
  public static final int MAX_STATIC_ROUTES = 64;
  public static final int MAX_DHCP_POOLS = 8;
  public static final int MAX_DNS_SERVERS = 4;
  public static final int MIN_LEASE_SECONDS = 300;
  public static final int MAX_LEASE_SECONDS = 604_800;
  public static final int DEFAULT_LEASE_SECONDS = 86_400;
  public static final int MAX_RELAY_SERVERS = 4;
  public static final int MAX_PORT_MAPPINGS = 200;
  public static final int MAX_FIREWALL_RULES = 256;
  public static final int MAX_RULE_PREFIXES = 32;
  public static final int MAX_RULE_PORT_RANGES = 32;
  public static final int MAX_SNMP_CLIENTS = 16;
  public static final int MAX_TRAP_TARGETS = 8;

  static final List<String> MAPPING_PROTOCOLS = List.of("tcp", "udp");
  static final List<String> RULE_PROTOCOLS = List.of("tcp", "udp", "icmp", "any");
  static final List<String> DIRECTIONS = List.of("input", "output", "input-output");
  static final List<String> ACTIONS = List.of("accept", "discard", "reject");

  /**
   * Validates {@code input} for {@code site}, recording every broken rule in {@code violations}.
   *
   * @return the normalized document
   */
  public ServiceSettings validate(ServiceSettings input, SiteFacts site, Violations violations) {
    return new Pass(site, violations).settings(input);
  }

  /** One validation of one document: what has been seen so far, for cross-field rules. */
  private static final class Pass {
    private final SiteFacts site;
    private final Violations violations;
    private final Set<String> failed = new HashSet<>();
    /** The primary LAN first, then every secondary range that parsed. */
    private final List<InterfaceAddress> lan = new ArrayList<>();
    private final List<String> lanFields = new ArrayList<>();

    Pass(SiteFacts site, Violations violations) {
      this.site = site;
      this.violations = violations;
    }

    ServiceSettings settings(ServiceSettings in) {
      List<String> secondaries = secondaryLanRanges(in.secondaryLanRanges());
      List<StaticRoute> routes = staticRoutes(in.staticRoutes());
      DhcpServer server = dhcpServer(in.dhcpServer());
      DhcpRelay relay = dhcpRelay(in.dhcpRelay(), in.dhcpServer() != null);
      Nat nat = nat(in.nat());
      List<FirewallRule> rules = firewallRules(in.firewallRules());
      SnmpAccess snmp = snmp(in.snmp());
      return new ServiceSettings(secondaries, routes, server, relay, nat, rules, snmp);
    }

    // --- LAN -------------------------------------------------------------------------------------

    private List<String> secondaryLanRanges(List<String> raw) {
      lan.add(site.lanGateway());
      lanFields.add("the primary LAN");
      atMost("secondaryLanRanges", raw, MAX_SECONDARY_LAN_RANGES, "secondary LAN ranges");
      List<String> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        String field = "secondaryLanRanges[" + i + "]";
        InterfaceAddress range = parse(field, raw.get(i), InterfaceAddress::parse);
        if (range != null) {
          for (int j = 0; j < lan.size(); j++) {
            if (lan.get(j).network().overlaps(range.network())) {
              fail(field, range.network() + " overlaps " + lanFields.get(j) + " " + lan.get(j).network());
              break;
            }
          }
          lan.add(range);
          lanFields.add(field);
        }
        out.add(element(range, raw.get(i)));
      }
      return out;
    }

    /**
     * Checks that {@code address} is a host on one of the site's LAN ranges other than the router
     * itself: a next hop or a NAT target must be somebody else on the LAN.
     */
    private void lanHost(String field, Ipv4Address address) {
      InterfaceAddress range = lanRangeOf(address);
      if (range == null) {
        fail(field, address + " is not inside the site's LAN ranges (" + lanNetworks() + ")");
      } else if (isGateway(address)) {
        fail(field, address + " is the site's LAN gateway itself");
      } else if (!isHostOf(range.network(), address)) {
        fail(field, address + " is the network or broadcast address of " + range.network());
      }
    }

    private InterfaceAddress lanRangeOf(Ipv4Address address) {
      return lan.stream().filter(r -> r.network().contains(address)).findFirst().orElse(null);
    }

    private boolean isGateway(Ipv4Address address) {
      return lan.stream().anyMatch(r -> r.address().equals(address));
    }

    private String lanNetworks() {
      return lan.stream().map(r -> r.network().toString()).collect(Collectors.joining(", "));
    }

    // --- static routes ---------------------------------------------------------------------------

    private List<StaticRoute> staticRoutes(List<StaticRoute> raw) {
      atMost("staticRoutes", raw, MAX_STATIC_ROUTES, "static routes per site");
      Map<Object, String> destinations = new HashMap<>();
      List<StaticRoute> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        String at = "staticRoutes[" + i + "]";
        StaticRoute route = raw.get(i);
        Ipv4Prefix destination = parse(at + ".destination", route.destination(), Ipv4Prefix::parse);
        if (destination != null) {
          InterfaceAddress connected = lan.stream()
              .filter(r -> r.network().contains(destination)).findFirst().orElse(null);
          String first = destinations.putIfAbsent(destination, at);
          if (connected != null) {
            fail(at + ".destination", destination + " is inside the site's LAN " + connected.network()
                + ", which is directly connected");
          } else if (first != null) {
            fail(at + ".destination", "a route to " + destination + " is already given by " + first);
          }
        }
        Ipv4Address nextHop = parse(at + ".nextHop", route.nextHop(), Ipv4Address::parse);
        if (nextHop != null) {
          lanHost(at + ".nextHop", nextHop);
        }
        Integer preference = route.preference();
        if (preference != null && (preference < 1 || preference > 255)) {
          fail(at + ".preference", "must be between 1 and 255");
        }
        out.add(new StaticRoute(canonical(destination, route.destination()), canonical(nextHop, route.nextHop()),
            preference));
      }
      return out;
    }

    // --- DHCP ------------------------------------------------------------------------------------

    /** What the pools of one DHCP server share: names, MACs and addresses are unique across them. */
    private final Map<Object, String> poolNames = new HashMap<>();
    private final Map<Object, String> bindingNames = new HashMap<>();
    private final Map<Object, String> bindingMacs = new HashMap<>();
    private final Map<Object, String> bindingAddresses = new HashMap<>();
    private final List<Ipv4Prefix> poolNetworks = new ArrayList<>();
    private final List<String> poolNetworkFields = new ArrayList<>();
    private final List<Range> allRanges = new ArrayList<>();

    private record Range(String field, Ipv4Address low, Ipv4Address high) {
      boolean contains(Ipv4Address address) {
        return low.compareTo(address) <= 0 && address.compareTo(high) <= 0;
      }

      boolean overlaps(Range other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
      }
    }

    private DhcpServer dhcpServer(DhcpServer in) {
      if (in == null) {
        return null;
      }
      if (in.pools().isEmpty()) {
        fail("dhcpServer.pools", "at least one pool is required");
      }
      atMost("dhcpServer.pools", in.pools(), MAX_DHCP_POOLS, "DHCP pools");
      List<DhcpPool> out = new ArrayList<>();
      for (int i = 0; i < in.pools().size(); i++) {
        out.add(pool("dhcpServer.pools[" + i + "]", in.pools().get(i)));
      }
      return new DhcpServer(out);
    }

    private DhcpPool pool(String at, DhcpPool in) {
      JunosName name = uniqueName(at, in.name(), poolNames, "pool");
      Ipv4Prefix network = poolNetwork(at + ".network", in.network());

      if (in.ranges().isEmpty()) {
        fail(at + ".ranges", "at least one range is required");
      }
      List<AddressRange> ranges = new ArrayList<>();
      List<Range> ownRanges = new ArrayList<>();
      for (int j = 0; j < in.ranges().size(); j++) {
        AddressRange range = in.ranges().get(j);
        Range checked = range(at + ".ranges[" + j + "]", range, network);
        if (checked != null) {
          ownRanges.add(checked);
        }
        ranges.add(checked == null
            ? new AddressRange(text(range.low()), text(range.high()))
            : new AddressRange(checked.low().toString(), checked.high().toString()));
      }

      Ipv4Address router = defaultRouter(at + ".router", in.router(), network, ownRanges);
      List<String> dnsServers = hosts(at + ".dnsServers", in.dnsServers(), MAX_DNS_SERVERS, "DNS servers");
      DomainName domain = parseOptional(at + ".domainName", in.domainName(), DomainName::parse);
      Integer lease = in.leaseTimeSeconds() == null ? DEFAULT_LEASE_SECONDS : in.leaseTimeSeconds();
      if (lease < MIN_LEASE_SECONDS || lease > MAX_LEASE_SECONDS) {
        fail(at + ".leaseTimeSeconds", "must be between " + MIN_LEASE_SECONDS + " (5 minutes) and "
            + MAX_LEASE_SECONDS + " (7 days) seconds");
      }
      List<StaticBinding> bindings = new ArrayList<>();
      for (int k = 0; k < in.staticBindings().size(); k++) {
        bindings.add(binding(at + ".staticBindings[" + k + "]", in.staticBindings().get(k), network, router));
      }
      return new DhcpPool(canonical(name, in.name()), canonical(network, in.network()), ranges,
          canonical(router, in.router()), dnsServers, canonical(domain, in.domainName()), lease, bindings);
    }

    /**
     * The pool's network: inside a LAN range, with host addresses, not overlapping another pool's.
     * Null when there is nothing to check the ranges against.
     */
    private Ipv4Prefix poolNetwork(String field, String raw) {
      Ipv4Prefix network = parse(field, raw, Ipv4Prefix::parse);
      if (network == null) {
        return null;
      }
      if (network.length() > InterfaceAddress.LONGEST) {
        fail(field, network + " has no room for hosts; a pool's network is a /" + InterfaceAddress.LONGEST
            + " at the longest");
        return null;
      }
      if (lan.stream().noneMatch(r -> r.network().contains(network))) {
        fail(field, network + " is not inside the site's LAN ranges (" + lanNetworks() + ")");
      } else {
        for (int i = 0; i < poolNetworks.size(); i++) {
          if (poolNetworks.get(i).overlaps(network)) {
            fail(field, network + " overlaps the network of " + poolNetworkFields.get(i));
            break;
          }
        }
      }
      poolNetworks.add(network);
      poolNetworkFields.add(field.substring(0, field.lastIndexOf('.')));
      return network;
    }

    /**
     * One low–high range: inside the network, without its network and broadcast addresses or a
     * LAN gateway (those are never handed out), and apart from every other range of the server.
     * Answers the range when both ends parsed in order, for the checks that depend on it.
     */
    private Range range(String at, AddressRange in, Ipv4Prefix network) {
      Ipv4Address low = parse(at + ".low", in.low(), Ipv4Address::parse);
      Ipv4Address high = parse(at + ".high", in.high(), Ipv4Address::parse);
      if (network != null) {
        insideHostsOf(at + ".low", low, network);
        insideHostsOf(at + ".high", high, network);
      }
      if (low == null || high == null) {
        return null;
      }
      if (low.compareTo(high) > 0) {
        fail(at + ".high", high + " is below low " + low);
        return null;
      }
      Range range = new Range(at, low, high);
      Ipv4Address gateway = lan.stream().map(InterfaceAddress::address).filter(range::contains).findFirst().orElse(null);
      Range other = allRanges.stream().filter(range::overlaps).findFirst().orElse(null);
      if (gateway != null) {
        fail(at, "range " + low + "-" + high + " contains the LAN gateway " + gateway);
      } else if (other != null) {
        fail(at, "range " + low + "-" + high + " overlaps " + other.field() + " (" + other.low() + "-" + other.high() + ")");
      }
      allRanges.add(range);
      return range;
    }

    private void insideHostsOf(String field, Ipv4Address address, Ipv4Prefix network) {
      if (address == null) {
        return;
      }
      if (!network.contains(address)) {
        fail(field, address + " is outside the pool's network " + network);
      } else if (!isHostOf(network, address)) {
        fail(field, address + " is the network or broadcast address of " + network);
      }
    }

    /** The router a pool hands out: as given, else the LAN gateway when it lies inside the network. */
    private Ipv4Address defaultRouter(String field, String raw, Ipv4Prefix network, List<Range> ownRanges) {
      Ipv4Address router = parseOptional(field, raw, Ipv4Address::parse);
      if (network == null) {
        return router;
      }
      if (router == null) {
        return text(raw) != null ? null : lan.stream().map(InterfaceAddress::address)
            .filter(gateway -> isHostOf(network, gateway)).findFirst().orElse(null);
      }
      insideHostsOf(field, router, network);
      ownRanges.stream().filter(r -> r.contains(router)).findFirst().ifPresent(r ->
          fail(field, router + " lies inside " + r.field() + " and could be handed to a client"));
      return router;
    }

    /** A static binding: a MAC and an address of the network that no range hands out, both unique. */
    private StaticBinding binding(String at, StaticBinding in, Ipv4Prefix network, Ipv4Address router) {
      JunosName name = uniqueName(at, in.name(), bindingNames, "static binding");
      MacAddress mac = parse(at + ".mac", in.mac(), MacAddress::parse);
      if (mac != null) {
        String first = bindingMacs.putIfAbsent(mac, at);
        if (first != null) {
          fail(at + ".mac", mac + " is already bound by " + first);
        }
      }
      Ipv4Address address = parse(at + ".address", in.address(), Ipv4Address::parse);
      if (address != null) {
        String field = at + ".address";
        if (network != null) {
          insideHostsOf(field, address, network);
        }
        Range range = allRanges.stream().filter(r -> r.contains(address)).findFirst().orElse(null);
        if (isGateway(address)) {
          fail(field, address + " is the site's LAN gateway");
        } else if (address.equals(router)) {
          fail(field, address + " is the pool's default router");
        } else if (range != null) {
          fail(field, address + " lies inside " + range.field() + "; a static binding must be outside every range");
        }
        String first = bindingAddresses.putIfAbsent(address, at);
        if (first != null) {
          fail(field, address + " is already bound by " + first);
        }
      }
      return new StaticBinding(canonical(name, in.name()), canonical(mac, in.mac()), canonical(address, in.address()));
    }

    private DhcpRelay dhcpRelay(DhcpRelay in, boolean hasServer) {
      if (in == null) {
        return null;
      }
      if (hasServer) {
        fail("dhcpRelay", "a site has a DHCP server or a DHCP relay: one or the other, not both");
      }
      if (in.servers().isEmpty()) {
        fail("dhcpRelay.servers", "at least one server is required");
      }
      return new DhcpRelay(hosts("dhcpRelay.servers", in.servers(), MAX_RELAY_SERVERS, "relay servers"));
    }

    // --- NAT -------------------------------------------------------------------------------------

    /** What each port mapping is checked against, and what the earlier ones took. */
    private record NatCheck(PublicRange range, Map<Object, String> names, Map<Object, String> externals) {}

    private Nat nat(Nat in) {
      if (in == null || (text(in.publicRange()) == null && in.portMappings().isEmpty())) {
        return null;
      }
      PublicRange range = null;
      if (text(in.publicRange()) == null) {
        fail("nat.portMappings", "no port mapping before the provider has set up NAT: the site has no public range yet");
      } else {
        range = parse("nat.publicRange", in.publicRange(), PublicRange::parse);
        if (range != null && !site.hasInternetLink()) {
          fail("nat.publicRange", "NAT needs the site to have an internet access link, and it has none");
        }
      }
      atMost("nat.portMappings", in.portMappings(), MAX_PORT_MAPPINGS, "port mappings per site");
      NatCheck check = new NatCheck(range, new HashMap<>(), new HashMap<>());
      List<PortMapping> mappings = new ArrayList<>();
      for (int i = 0; i < in.portMappings().size(); i++) {
        mappings.add(portMapping("nat.portMappings[" + i + "]", in.portMappings().get(i), check));
      }
      return new Nat(canonical(range, in.publicRange()), mappings);
    }

    private PortMapping portMapping(String at, PortMapping in, NatCheck natCheck) {
      JunosName name = uniqueName(at, in.name(), natCheck.names(), "port mapping");
      String protocol = keyword(at + ".protocol", in.protocol(), MAPPING_PROTOCOLS);
      Ipv4Address external = parse(at + ".externalAddress", in.externalAddress(), Ipv4Address::parse);
      PublicRange range = natCheck.range();
      if (external != null && range != null && !range.prefix().contains(external)) {
        fail(at + ".externalAddress", external + " is outside the site's public range " + range);
      }
      boolean externalPortValid = port(at + ".externalPort", in.externalPort());
      Ipv4Address internal = parse(at + ".internalAddress", in.internalAddress(), Ipv4Address::parse);
      if (internal != null) {
        lanHost(at + ".internalAddress", internal);
      }
      port(at + ".internalPort", in.internalPort());
      if (external != null && externalPortValid && hasPorts(protocol)) {
        String key = protocol + " " + external + ":" + in.externalPort();
        String first = natCheck.externals().putIfAbsent(key, at);
        if (first != null) {
          fail(at + ".externalPort", key + " is already mapped by " + first);
        }
      }
      return new PortMapping(canonical(name, in.name()), protocol, canonical(external, in.externalAddress()),
          in.externalPort(), canonical(internal, in.internalAddress()), in.internalPort());
    }

    private boolean port(String field, Integer port) {
      if (port == null) {
        return fail(field, "is required");
      }
      if (port < PortRange.MIN || port > PortRange.MAX) {
        return fail(field, "must be between " + PortRange.MIN + " and " + PortRange.MAX);
      }
      return true;
    }

    // --- firewall --------------------------------------------------------------------------------

    private List<FirewallRule> firewallRules(List<FirewallRule> raw) {
      atMost("firewallRules", raw, MAX_FIREWALL_RULES, "firewall rules per site");
      Map<Object, String> names = new HashMap<>();
      List<FirewallRule> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        out.add(firewallRule("firewallRules[" + i + "]", raw.get(i), names));
      }
      return out;
    }

    /**
     * One rule. It matches either a protocol (with destination ports for tcp and udp) or a Junos
     * application; with neither it matches any protocol.
     */
    private FirewallRule firewallRule(String at, FirewallRule in, Map<Object, String> names) {
      JunosName name = uniqueName(at, in.name(), names, "rule");
      String direction = keyword(at + ".direction", in.direction(), DIRECTIONS);
      List<String> sources = prefixes(at + ".sourcePrefixes", in.sourcePrefixes());
      List<String> destinations = prefixes(at + ".destinationPrefixes", in.destinationPrefixes());
      String protocol = text(in.protocol());
      String application = text(in.application());
      if (protocol != null && application != null) {
        fail(at + ".application", "a rule matches either a protocol or an application, not both");
      } else if (application != null) {
        application = canonical(parse(at + ".application", application, JunosApplication::parse), application);
      }
      if (protocol != null) {
        protocol = keyword(at + ".protocol", protocol, RULE_PROTOCOLS);
      } else if (application == null) {
        protocol = "any";
      }
      List<String> ports = portRanges(at + ".destinationPorts", in.destinationPorts());
      boolean protocolKnown = protocol == null || RULE_PROTOCOLS.contains(protocol);
      if (!ports.isEmpty() && protocolKnown && !hasPorts(protocol)) {
        fail(at + ".destinationPorts", "ports apply only to protocol tcp or udp"
            + (application != null ? "; the application names its own ports" : ""));
      }
      String action = keyword(at + ".action", in.action(), ACTIONS);
      boolean syslog = Boolean.TRUE.equals(in.syslog());
      return new FirewallRule(canonical(name, in.name()), direction, sources, destinations, protocol, ports,
          application, action, syslog);
    }

    private List<String> prefixes(String field, List<String> raw) {
      atMost(field, raw, MAX_RULE_PREFIXES, "prefixes");
      return unique(field, raw, Ipv4Prefix::parse);
    }

    private List<String> portRanges(String field, List<String> raw) {
      atMost(field, raw, MAX_RULE_PORT_RANGES, "port ranges");
      return unique(field, raw, PortRange::parse);
    }

    // --- SNMP ------------------------------------------------------------------------------------

    private SnmpAccess snmp(SnmpAccess in) {
      if (in == null) {
        return null;
      }
      // a secret: the parser's messages never quote it, and neither does anything here
      SnmpCommunity community = parse("snmp.community", in.community(), SnmpCommunity::parse);
      if (in.clients().isEmpty()) {
        fail("snmp.clients", "at least one client prefix is required");
      }
      atMost("snmp.clients", in.clients(), MAX_SNMP_CLIENTS, "client prefixes");
      List<String> clients = unique("snmp.clients", in.clients(), Ipv4Prefix::parse);
      List<String> trapTargets = hosts("snmp.trapTargets", in.trapTargets(), MAX_TRAP_TARGETS, "trap targets");
      return new SnmpAccess(community == null ? text(in.community()) : community.value(), clients, trapTargets);
    }

    // --- shared rules ----------------------------------------------------------------------------

    /** Records the error unless the field already has one; answers false, for use in conditions. */
    private boolean fail(String field, String message) {
      if (failed.add(field)) {
        violations.add(field, message);
      }
      return false;
    }

    private <T> T parse(String field, String raw, Function<String, T> parser) {
      try {
        return parser.apply(raw);
      } catch (IllegalArgumentException e) {
        fail(field, e.getMessage());
        return null;
      }
    }

    private <T> T parseOptional(String field, String raw, Function<String, T> parser) {
      return text(raw) == null ? null : parse(field, raw, parser);
    }

    private void atMost(String field, List<?> list, int max, String what) {
      if (list.size() > max) {
        fail(field, "at most " + max + " " + what + ", not " + list.size());
      }
    }

    /** A name unique (ignoring case) among its kind, recorded under {@code names}. */
    private JunosName uniqueName(String at, String raw, Map<Object, String> names, String kind) {
      JunosName name = parse(at + ".name", raw, JunosName::parse);
      if (name != null) {
        String first = names.putIfAbsent(name.value().toLowerCase(Locale.ROOT), at);
        if (first != null) {
          fail(at + ".name", kind + " name '" + name + "' is already used by " + first);
        }
      }
      return name;
    }

    /** One of a fixed set of lower-case keywords, accepted in any case. */
    private String keyword(String field, String raw, List<String> allowed) {
      String value = text(raw);
      if (value == null) {
        fail(field, "is required");
        return null;
      }
      String lower = value.toLowerCase(Locale.ROOT);
      if (!allowed.contains(lower)) {
        fail(field, "'" + value + "' is not one of " + String.join(", ", allowed));
        return value;
      }
      return lower;
    }

    /** A list of values each parsed, in canonical form, none twice; errors on the elements. */
    private <T> List<String> unique(String field, List<String> raw, Function<String, T> parser) {
      Map<Object, String> seen = new HashMap<>();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < raw.size(); i++) {
        String at = field + "[" + i + "]";
        T value = parse(at, raw.get(i), parser);
        if (value != null) {
          String first = seen.putIfAbsent(value, at);
          if (first != null) {
            fail(at, value + " is listed twice; first at " + first);
          }
        }
        out.add(element(value, raw.get(i)));
      }
      return out;
    }

    /** Addresses a site's services talk to (DNS, relay, trap servers): unicast hosts, none twice. */
    private List<String> hosts(String field, List<String> raw, int max, String what) {
      atMost(field, raw, max, what);
      return unique(field, raw, text -> {
        Ipv4Address address = Ipv4Address.parse(text);
        SpecialPurposeBlock.containing(address).filter(b -> !b.hasHostAddresses()).ifPresent(b -> {
          throw new IllegalArgumentException(address + " is not a host's address: it is " + b.description());
        });
        return address;
      });
    }

    private static boolean hasPorts(String protocol) {
      return "tcp".equals(protocol) || "udp".equals(protocol);
    }

    private static boolean isHostOf(Ipv4Prefix network, Ipv4Address address) {
      return network.contains(address) && !address.equals(network.network()) && !address.equals(network.broadcast());
    }

    /** The canonical text of what parsed, else the trimmed raw text. */
    private static String canonical(Object parsed, String raw) {
      return parsed != null ? parsed.toString() : text(raw);
    }

    /** Like {@link #canonical} for a list element, which may not be null: blank stays empty. */
    private static String element(Object parsed, String raw) {
      return parsed != null ? parsed.toString() : raw.strip();
    }

    private static String text(String raw) {
      return raw == null || raw.isBlank() ? null : raw.strip();
    }
  }
}
