package org.ccpe.web.console;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.ccpe.services.ServiceSettings;
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
 * A site's service settings while an operator (console) or a customer (portal) edits them, in the
 * section editors both share ({@code WEB-INF/includes/services}): the immutable {@link ServiceSettings}
 * as rows the inputs can bind to, and back. It carries text only; the services check it. Short
 * lists (DNS servers, prefixes, ports) are typed as one line, separated by commas or spaces.
 *
 * <p>The property names are the settings' field names, and the page gives each input the id of
 * its field, so that a refused {@code dhcpServer.pools[0].ranges[1].high} finds its input.
 */
public class ServicesDraft implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Whether the site runs a DHCP server, relays DHCP, or neither. */
  public enum DhcpMode { NONE, SERVER, RELAY }

  private final List<Line> secondaryLanRanges = new ArrayList<>();
  private final List<Route> staticRoutes = new ArrayList<>();
  private DhcpMode dhcpMode = DhcpMode.NONE;
  private final List<Pool> pools = new ArrayList<>();
  private String relayServers;
  private String natPublicRange;
  private final List<Mapping> portMappings = new ArrayList<>();
  private final List<Rule> firewallRules = new ArrayList<>();
  private boolean snmpEnabled;
  private String snmpCommunity;
  private String snmpClients;
  private String snmpTrapTargets;

  public static ServicesDraft of(ServiceSettings settings) {
    ServicesDraft draft = new ServicesDraft();
    settings.secondaryLanRanges().forEach(range -> draft.secondaryLanRanges.add(new Line(range)));
    settings.staticRoutes().forEach(route -> draft.staticRoutes.add(Route.of(route)));
    if (settings.dhcpServer() != null) {
      draft.dhcpMode = DhcpMode.SERVER;
      settings.dhcpServer().pools().forEach(pool -> draft.pools.add(Pool.of(pool)));
    } else if (settings.dhcpRelay() != null) {
      draft.dhcpMode = DhcpMode.RELAY;
      draft.relayServers = joined(settings.dhcpRelay().servers());
    }
    if (settings.nat() != null) {
      draft.natPublicRange = settings.nat().publicRange();
      settings.nat().portMappings().forEach(mapping -> draft.portMappings.add(Mapping.of(mapping)));
    }
    settings.firewallRules().forEach(rule -> draft.firewallRules.add(Rule.of(rule)));
    if (settings.snmp() != null) {
      draft.snmpEnabled = true;
      draft.snmpClients = joined(settings.snmp().clients());
      draft.snmpTrapTargets = joined(settings.snmp().trapTargets());
    }
    return draft;
  }

  /**
   * The document to send. NAT is on when a public range or a port mapping is given; an empty
   * SNMP community keeps the stored one.
   */
  public ServiceSettings settings() {
    DhcpServer server = dhcpMode == DhcpMode.SERVER ? new DhcpServer(all(pools, Pool::settings)) : null;
    DhcpRelay relay = dhcpMode == DhcpMode.RELAY ? new DhcpRelay(split(relayServers)) : null;
    Nat nat = text(natPublicRange) == null && portMappings.isEmpty() ? null
        : new Nat(text(natPublicRange), all(portMappings, Mapping::settings));
    SnmpAccess snmp = snmpEnabled
        ? new SnmpAccess(text(snmpCommunity), split(snmpClients), split(snmpTrapTargets)) : null;
    return new ServiceSettings(all(secondaryLanRanges, Line::text), all(staticRoutes, Route::settings),
        server, relay, nat, all(firewallRules, Rule::settings), snmp);
  }

  /** Forgets a typed community once it has been sent: it is a device secret. */
  public void forgetCommunity() {
    snmpCommunity = null;
  }

  // rows added, moved and removed by the editors' buttons (console and portal alike)

  public void addSecondaryLanRange() {
    secondaryLanRanges.add(new Line());
  }

  public void addStaticRoute() {
    staticRoutes.add(new Route());
  }

  public void addRange(Pool pool) {
    pool.ranges.add(new Range());
  }

  public void addBinding(Pool pool) {
    pool.staticBindings.add(new Binding());
  }

  /** Removes a row from whichever list holds it. */
  public void remove(List<?> rows, Object row) {
    rows.remove(row);
  }

  public void moveUp(Rule rule) {
    moveRule(rule, -1);
  }

  public void moveDown(Rule rule) {
    moveRule(rule, 1);
  }

  /** Moves a firewall rule one place up (-1) or down (+1); rule order is evaluation order. */
  public void moveRule(Rule rule, int by) {
    int from = firewallRules.indexOf(rule);
    int to = from + by;
    if (from >= 0 && to >= 0 && to < firewallRules.size()) {
      firewallRules.add(to, firewallRules.remove(from));
    }
  }

  public void addPool() {
    Pool pool = new Pool();
    pool.ranges.add(new Range());
    pools.add(pool);
  }

  public void addRule() {
    Rule rule = new Rule();
    rule.direction = "input";
    rule.action = "accept";
    firewallRules.add(rule);
  }

  public void addMapping() {
    Mapping mapping = new Mapping();
    mapping.protocol = "tcp";
    portMappings.add(mapping);
  }

  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static List<String> split(String line) {
    return line == null || line.isBlank() ? List.of() : Arrays.asList(line.strip().split("[,\\s]+"));
  }

  static String joined(List<String> values) {
    return String.join(", ", values);
  }

  private static <R, S> List<S> all(List<R> rows, Function<R, S> settings) {
    return rows.stream().map(settings).toList();
  }

  /** One entry of a list of single values (a secondary LAN range). */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private String value;

    public Line() {}

    Line(String value) {
      this.value = value;
    }

    String text() {
      return ServicesDraft.text(value);
    }

    public String getValue() {
      return value;
    }

    public void setValue(String value) {
      this.value = value;
    }
  }

  public static class Route implements Serializable {
    private static final long serialVersionUID = 1L;
    private String destination;
    private String nextHop;
    private Integer preference;

    static Route of(StaticRoute route) {
      Route row = new Route();
      row.destination = route.destination();
      row.nextHop = route.nextHop();
      row.preference = route.preference();
      return row;
    }

    StaticRoute settings() {
      return new StaticRoute(text(destination), text(nextHop), preference);
    }

    public String getDestination() {
      return destination;
    }

    public void setDestination(String destination) {
      this.destination = destination;
    }

    public String getNextHop() {
      return nextHop;
    }

    public void setNextHop(String nextHop) {
      this.nextHop = nextHop;
    }

    public Integer getPreference() {
      return preference;
    }

    public void setPreference(Integer preference) {
      this.preference = preference;
    }
  }

  public static class Pool implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String network;
    private final List<Range> ranges = new ArrayList<>();
    private String router;
    private String dnsServers;
    private String domainName;
    private Integer leaseTimeSeconds;
    private final List<Binding> staticBindings = new ArrayList<>();

    static Pool of(DhcpPool pool) {
      Pool row = new Pool();
      row.name = pool.name();
      row.network = pool.network();
      pool.ranges().forEach(range -> row.ranges.add(Range.of(range)));
      row.router = pool.router();
      row.dnsServers = joined(pool.dnsServers());
      row.domainName = pool.domainName();
      row.leaseTimeSeconds = pool.leaseTimeSeconds();
      pool.staticBindings().forEach(binding -> row.staticBindings.add(Binding.of(binding)));
      return row;
    }

    DhcpPool settings() {
      return new DhcpPool(text(name), text(network), all(ranges, Range::settings), text(router),
          split(dnsServers), text(domainName), leaseTimeSeconds, all(staticBindings, Binding::settings));
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getNetwork() {
      return network;
    }

    public void setNetwork(String network) {
      this.network = network;
    }

    public List<Range> getRanges() {
      return ranges;
    }

    public String getRouter() {
      return router;
    }

    public void setRouter(String router) {
      this.router = router;
    }

    public String getDnsServers() {
      return dnsServers;
    }

    public void setDnsServers(String dnsServers) {
      this.dnsServers = dnsServers;
    }

    public String getDomainName() {
      return domainName;
    }

    public void setDomainName(String domainName) {
      this.domainName = domainName;
    }

    public Integer getLeaseTimeSeconds() {
      return leaseTimeSeconds;
    }

    public void setLeaseTimeSeconds(Integer leaseTimeSeconds) {
      this.leaseTimeSeconds = leaseTimeSeconds;
    }

    public List<Binding> getStaticBindings() {
      return staticBindings;
    }
  }

  public static class Range implements Serializable {
    private static final long serialVersionUID = 1L;
    private String low;
    private String high;

    static Range of(AddressRange range) {
      Range row = new Range();
      row.low = range.low();
      row.high = range.high();
      return row;
    }

    AddressRange settings() {
      return new AddressRange(text(low), text(high));
    }

    public String getLow() {
      return low;
    }

    public void setLow(String low) {
      this.low = low;
    }

    public String getHigh() {
      return high;
    }

    public void setHigh(String high) {
      this.high = high;
    }
  }

  public static class Binding implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String mac;
    private String address;

    static Binding of(StaticBinding binding) {
      Binding row = new Binding();
      row.name = binding.name();
      row.mac = binding.mac();
      row.address = binding.address();
      return row;
    }

    StaticBinding settings() {
      return new StaticBinding(text(name), text(mac), text(address));
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getMac() {
      return mac;
    }

    public void setMac(String mac) {
      this.mac = mac;
    }

    public String getAddress() {
      return address;
    }

    public void setAddress(String address) {
      this.address = address;
    }
  }

  public static class Mapping implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String protocol;
    private String externalAddress;
    private Integer externalPort;
    private String internalAddress;
    private Integer internalPort;

    static Mapping of(PortMapping mapping) {
      Mapping row = new Mapping();
      row.name = mapping.name();
      row.protocol = mapping.protocol();
      row.externalAddress = mapping.externalAddress();
      row.externalPort = mapping.externalPort();
      row.internalAddress = mapping.internalAddress();
      row.internalPort = mapping.internalPort();
      return row;
    }

    PortMapping settings() {
      return new PortMapping(text(name), text(protocol), text(externalAddress), externalPort,
          text(internalAddress), internalPort);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getProtocol() {
      return protocol;
    }

    public void setProtocol(String protocol) {
      this.protocol = protocol;
    }

    public String getExternalAddress() {
      return externalAddress;
    }

    public void setExternalAddress(String externalAddress) {
      this.externalAddress = externalAddress;
    }

    public Integer getExternalPort() {
      return externalPort;
    }

    public void setExternalPort(Integer externalPort) {
      this.externalPort = externalPort;
    }

    public String getInternalAddress() {
      return internalAddress;
    }

    public void setInternalAddress(String internalAddress) {
      this.internalAddress = internalAddress;
    }

    public Integer getInternalPort() {
      return internalPort;
    }

    public void setInternalPort(Integer internalPort) {
      this.internalPort = internalPort;
    }
  }

  /** A firewall rule; it matches a protocol (with ports) or a Junos application, not both. */
  public static class Rule implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private String direction;
    private String sourcePrefixes;
    private String destinationPrefixes;
    private String protocol;
    private String destinationPorts;
    private String application;
    private String action;
    private boolean syslog;

    static Rule of(FirewallRule rule) {
      Rule row = new Rule();
      row.name = rule.name();
      row.direction = rule.direction();
      row.sourcePrefixes = joined(rule.sourcePrefixes());
      row.destinationPrefixes = joined(rule.destinationPrefixes());
      row.protocol = rule.protocol();
      row.destinationPorts = joined(rule.destinationPorts());
      row.application = rule.application();
      row.action = rule.action();
      row.syslog = Boolean.TRUE.equals(rule.syslog());
      return row;
    }

    FirewallRule settings() {
      return new FirewallRule(text(name), text(direction), split(sourcePrefixes), split(destinationPrefixes),
          text(protocol), split(destinationPorts), text(application), text(action), syslog);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getDirection() {
      return direction;
    }

    public void setDirection(String direction) {
      this.direction = direction;
    }

    public String getSourcePrefixes() {
      return sourcePrefixes;
    }

    public void setSourcePrefixes(String sourcePrefixes) {
      this.sourcePrefixes = sourcePrefixes;
    }

    public String getDestinationPrefixes() {
      return destinationPrefixes;
    }

    public void setDestinationPrefixes(String destinationPrefixes) {
      this.destinationPrefixes = destinationPrefixes;
    }

    public String getProtocol() {
      return protocol;
    }

    public void setProtocol(String protocol) {
      this.protocol = protocol;
    }

    public String getDestinationPorts() {
      return destinationPorts;
    }

    public void setDestinationPorts(String destinationPorts) {
      this.destinationPorts = destinationPorts;
    }

    public String getApplication() {
      return application;
    }

    public void setApplication(String application) {
      this.application = application;
    }

    public String getAction() {
      return action;
    }

    public void setAction(String action) {
      this.action = action;
    }

    public boolean isSyslog() {
      return syslog;
    }

    public void setSyslog(boolean syslog) {
      this.syslog = syslog;
    }
  }

  public List<Line> getSecondaryLanRanges() {
    return secondaryLanRanges;
  }

  public List<Route> getStaticRoutes() {
    return staticRoutes;
  }

  public DhcpMode getDhcpMode() {
    return dhcpMode;
  }

  public void setDhcpMode(DhcpMode dhcpMode) {
    this.dhcpMode = dhcpMode == null ? DhcpMode.NONE : dhcpMode;
  }

  public List<Pool> getPools() {
    return pools;
  }

  public String getRelayServers() {
    return relayServers;
  }

  public void setRelayServers(String relayServers) {
    this.relayServers = relayServers;
  }

  public String getNatPublicRange() {
    return natPublicRange;
  }

  public void setNatPublicRange(String natPublicRange) {
    this.natPublicRange = natPublicRange;
  }

  public List<Mapping> getPortMappings() {
    return portMappings;
  }

  public List<Rule> getFirewallRules() {
    return firewallRules;
  }

  public boolean isSnmpEnabled() {
    return snmpEnabled;
  }

  public void setSnmpEnabled(boolean snmpEnabled) {
    this.snmpEnabled = snmpEnabled;
  }

  public String getSnmpCommunity() {
    return snmpCommunity;
  }

  public void setSnmpCommunity(String snmpCommunity) {
    this.snmpCommunity = snmpCommunity;
  }

  public String getSnmpClients() {
    return snmpClients;
  }

  public void setSnmpClients(String snmpClients) {
    this.snmpClients = snmpClients;
  }

  public String getSnmpTrapTargets() {
    return snmpTrapTargets;
  }

  public void setSnmpTrapTargets(String snmpTrapTargets) {
    this.snmpTrapTargets = snmpTrapTargets;
  }
}
