package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ccpe.net.InterfaceAddress;
import org.ccpe.services.ServiceSettings;
import org.ccpe.services.ServiceSettings.DhcpPool;
import org.ccpe.services.ServiceSettings.FirewallRule;
import org.ccpe.services.ServiceSettings.Nat;
import org.ccpe.services.ServiceSettings.PortMapping;
import org.ccpe.services.ServiceSettings.SnmpAccess;
import org.ccpe.services.ServiceSettings.StaticRoute;

/**
 * Renders sites' cCPE contexts as one Junos XML {@code <configuration>} for
 * {@code <load-configuration action="replace">}. A pure function of its input: the same sites give
 * the same document, byte for byte (sites are taken in routing-instance order, lists in their own
 * order), so drift checks and golden files can compare text.
 *
 * <h2>Ownership: what a site may touch</h2>
 *
 * Every object of a site is named from its routing instance ({@code <ri>}, {@code <ri>-svc},
 * {@code <ri>-snat}, ...) or from what the inventory gives it alone (its access units, its
 * {@code irb} unit, its services-interface units {@code 2*irbUnit} and {@code 2*irbUnit+1}). Each
 * such object is rendered whole with {@code replace="replace"}, so a setting removed since the
 * last push disappears; shared parents (a physical port, {@code snmp}, {@code services}) are only
 * merged into, never replaced. An object a site may own but does not need now (its service set
 * once NAT and firewall are off, its trap group, its DNAT rule...) is rendered
 * {@code delete="delete"}, so turning a service off needs no memory of what was pushed; Junos
 * answers a warning, not an error, when it was not there.
 *
 * <p>A few objects are named by their content rather than by a fixed name: access units
 * ({@code ge-1/0/3.210}), the SNMP community (named by its secret), the applications a firewall
 * rule or port mapping matches ({@code <ri>-tcp-443}) and port-forwarding maps
 * ({@code <ri>-pf-8080-80}). A render of the new settings alone cannot know the old ones, so
 * {@link #render(List, List)} accepts the previously pushed context of a site in
 * {@code removals} next to its new one in {@code sites}: whatever of the old context the new one
 * does not render is deleted. Without it, an unreferenced application or map stays behind,
 * inert.
 *
 * <h2>What a site becomes</h2>
 *
 * <ul>
 *   <li><b>LAN.</b> Every access link, {@code vpn} or {@code internet} alike, is a
 *       {@code vlan-bridge} unit in the site's bridge domain {@code <ri>} ({@code vlan-id none}, so
 *       units with different VLANs share it); the port gets {@code flexible-vlan-tagging} and
 *       {@code flexible-ethernet-services} by merge, since other sites share it. The
 *       {@code internet} link is just another way into the same LAN: the Internet service is not
 *       a second routed interface but the NAT service set reached from the routing instance, so
 *       the CPE stays a plain L2 device. The gateway is {@code irb.<irbUnit>} with the LAN
 *       gateway and secondary ranges.
 *   <li><b>Routing.</b> {@code routing-instances <ri>}: {@code vrf} with route distinguisher
 *       and {@code vrf-target} when both are known; otherwise {@code virtual-router}, because
 *       Junos refuses to commit a {@code vrf} without them, and a site whose VPN is not yet
 *       provisioned still gets its LAN, DHCP and Internet. Static routes (with
 *       {@code preference} when given) live there.
 *   <li><b>DHCP.</b> A server is a {@code dhcp-local-server} group {@code <ri>-dhcp} on the irb
 *       unit, with its pools {@code <ri>-<pool>} in the same routing instance's
 *       {@code access address-assignment}, where Junos looks for a local server's pools in that
 *       instance. A relay is {@code forwarding-options dhcp-relay} in the instance: server group,
 *       active server group and group, all {@code <ri>-relay}. Both live inside the routing
 *       instance, so replacing it removes the one that was turned off.
 *   <li><b>SNMP.</b> {@code snmp community <secret>} with {@code authorization read-only},
 *       {@code clients 0.0.0.0/0 restrict} (so the community opens nothing of the router's own
 *       instance) and the site's clients under {@code routing-instance <ri>}; plus
 *       {@code routing-instance-access} and trap group {@code <ri>-traps} sending from the
 *       instance. The community is merged and only its {@code routing-instance <ri>} clause is
 *       replaced: two sites that happen to choose the same community never overwrite each other.
 *   <li><b>NAT and firewall.</b> One next-hop-style service set {@code <ri>-svc} on the router's
 *       services interface: inside unit {@code 2*irbUnit} in the routing instance, outside unit
 *       {@code 2*irbUnit+1} in the master instance. Traffic from the site enters the inside unit
 *       (match direction {@code input}); traffic from the Internet enters the outside unit
 *       ({@code output}). With NAT: pool {@code <ri>-pool} ({@code port automatic}), rule
 *       {@code <ri>-snat} (NAPT-44 of the LAN ranges), rule {@code <ri>-dnat} (one
 *       {@code dnat-44} term per port mapping, with a port-forwarding map when the ports differ)
 *       and a default route to the inside unit, unless the customer routes {@code 0.0.0.0/0}
 *       himself. Firewall rules become two rules, {@code <ri>-fw-in} and {@code <ri>-fw-out}:
 *       each holds, in the customer's order, the rules whose direction covers it, which keeps the
 *       customer's first-match order for every packet. Ports and protocols become applications
 *       ({@code <ri>-tcp-443}), as stateful-firewall and NAT terms match applications, not ports.
 *       A site with firewall rules but no NAT still gets the service set: the rules are in force
 *       for whatever the provider routes through its inside unit.
 * </ul>
 *
 * <p>The SNMP community is a secret: it is rendered, never logged; this class logs nothing.
 */
public final class JunosConfigRenderer {

  private static final Comparator<SiteContext> BY_INSTANCE =
      Comparator.comparing(SiteContext::routingInstance);

  /** One site's whole context (a dry run, a drift check, a re-push). */
  public String render(SiteContext site) {
    return render(List.of(site), List.of());
  }

  /**
   * One document for one router's commit: each site of {@code sites} rendered whole, each site
   * of {@code removals} deleted. A removal whose routing instance is also in {@code sites} is
   * that site's previously pushed context: only what the new render no longer holds is deleted.
   *
   * @throws IllegalArgumentException when two sites share a routing instance, or a site with a
   *     service set has no services interface
   */
  public String render(List<SiteContext> sites, List<SiteContext> removals) {
    return document(sites, removals).toXml();
  }

  /** {@link #render(List, List)} without indentation: the same configuration, fewer bytes to the router. */
  public String renderCompact(List<SiteContext> sites, List<SiteContext> removals) {
    return document(sites, removals).toCompactXml();
  }

  private ConfigElement document(List<SiteContext> sites, List<SiteContext> removals) {
    ConfigElement configuration = ConfigElement.configuration();
    Set<String> instances = new HashSet<>();
    for (SiteContext site : sorted(sites)) {
      if (!instances.add(site.routingInstance())) {
        throw new IllegalArgumentException("routing instance rendered twice: " + site.routingInstance());
      }
      new SiteRendering(configuration, site).render();
    }
    sorted(removals).forEach(site -> new SiteRendering(configuration, site).remove());
    return configuration;
  }

  private static List<SiteContext> sorted(List<SiteContext> sites) {
    return sites.stream().sorted(BY_INSTANCE).toList();
  }

  /** One site written into (or deleted from) the shared document. */
  private static final class SiteRendering {
    private final ConfigElement configuration;
    private final SiteContext site;
    private final ServiceSettings settings;
    private final String ri;
    private final String irb;

    SiteRendering(ConfigElement configuration, SiteContext site) {
      this.configuration = configuration;
      this.site = site;
      this.settings = site.settings();
      this.ri = site.routingInstance();
      this.irb = "irb." + site.irbUnit();
    }

    void render() {
      ConfigElement interfaces = configuration.container("interfaces");
      for (SiteContext.Link link : site.accessLinks()) {
        ConfigElement port = interfaces.entry("interface", link.physicalPort());
        if (!port.hasChild("encapsulation")) {
          port.flag("flexible-vlan-tagging").leaf("encapsulation", "flexible-ethernet-services");
        }
        port.entry("unit", String.valueOf(link.unit())).replace()
            .leaf("description", description(link.role()))
            .leaf("encapsulation", "vlan-bridge")
            .leaf("vlan-id", link.vlanId());
      }
      ConfigElement irbInet = interfaces.entry("interface", "irb")
          .entry("unit", String.valueOf(site.irbUnit())).replace()
          .leaf("description", description("lan"))
          .container("family").container("inet");
      irbInet.entry("address", site.lanGateway());
      settings.secondaryLanRanges().forEach(range -> irbInet.entry("address", range));

      ConfigElement domain = configuration.container("bridge-domains").entry("domain", ri).replace()
          .leaf("domain-type", "bridge")
          .leaf("vlan-id", "none");
      site.accessLinks().forEach(link -> domain.entry("interface", logicalName(link)));
      domain.leaf("routing-interface", irb);

      boolean serviceSet = settings.nat() != null || !settings.firewallRules().isEmpty();
      renderRoutingInstance(serviceSet);
      renderSnmp();
      renderServices(serviceSet);
    }

    private void renderRoutingInstance(boolean serviceSet) {
      boolean vrf = site.routeDistinguisher() != null && site.vrfTarget() != null;
      ConfigElement instance = configuration.container("routing-instances").entry("instance", ri).replace()
          .leaf("instance-type", vrf ? "vrf" : "virtual-router");
      instance.entry("interface", irb);
      if (serviceSet) {
        instance.entry("interface", insideUnit());
      }
      if (vrf) {
        instance.container("route-distinguisher").leaf("rd-type", site.routeDistinguisher());
        instance.container("vrf-target").leaf("community", site.vrfTarget());
      }
      renderStaticRoutes(instance);
      if (settings.dhcpServer() != null) {
        renderDhcpServer(instance);
      }
      if (settings.dhcpRelay() != null) {
        String group = ri + "-relay";
        ConfigElement relay = instance.container("forwarding-options").container("dhcp-relay");
        ConfigElement servers = relay.container("server-group").entry("server-group", group);
        settings.dhcpRelay().servers().forEach(server -> servers.entry("address", server));
        relay.container("active-server-group").leaf("active-server-group", group);
        relay.entry("group", group).entry("interface", irb);
      }
    }

    private void renderStaticRoutes(ConfigElement instance) {
      List<StaticRoute> routes = settings.staticRoutes();
      boolean natDefault = settings.nat() != null
          && routes.stream().noneMatch(r -> "0.0.0.0/0".equals(r.destination()));
      if (routes.isEmpty() && !natDefault) {
        return;
      }
      ConfigElement statics = instance.container("routing-options").container("static");
      for (StaticRoute route : routes) {
        ConfigElement r = statics.entry("route", route.destination()).leaf("next-hop", route.nextHop());
        if (route.preference() != null) {
          r.container("preference").leaf("metric-value", route.preference());
        }
      }
      if (natDefault) {
        statics.entry("route", "0.0.0.0/0").leaf("next-hop", insideUnit());
      }
    }

    private void renderDhcpServer(ConfigElement instance) {
      ConfigElement assignment = instance.container("access").container("address-assignment");
      for (DhcpPool pool : settings.dhcpServer().pools()) {
        ConfigElement inet = assignment.entry("pool", ri + "-" + pool.name())
            .container("family").container("inet")
            .leaf("network", pool.network());
        for (int i = 0; i < pool.ranges().size(); i++) {
          inet.entry("range", "r" + (i + 1))
              .leaf("low", pool.ranges().get(i).low())
              .leaf("high", pool.ranges().get(i).high());
        }
        ConfigElement attributes = inet.container("dhcp-attributes")
            .leaf("maximum-lease-time", pool.leaseTimeSeconds())
            .leaf("domain-name", pool.domainName());
        pool.dnsServers().forEach(dns -> attributes.entry("name-server", dns));
        if (pool.router() != null) {
          attributes.entry("router", pool.router());
        }
        pool.staticBindings().forEach(binding -> inet.entry("host", binding.name())
            .leaf("hardware-address", binding.mac())
            .leaf("ip-address", binding.address()));
      }
      instance.container("system").container("services").container("dhcp-local-server")
          .entry("group", ri + "-dhcp").entry("interface", irb);
    }

    private void renderSnmp() {
      SnmpAccess snmp = settings.snmp();
      ConfigElement snmpTree = configuration.container("snmp");
      if (snmp == null) {
        deleteUnlessRendered(snmpTree, "trap-group", ri + "-traps");
        return;
      }
      ConfigElement community = snmpTree.entry("community", snmp.community());
      if (!community.has("clients", "0.0.0.0/0")) {
        community.leaf("authorization", "read-only").entry("clients", "0.0.0.0/0").flag("restrict");
      }
      ConfigElement scope = community.entry("routing-instance", ri).replace();
      snmp.clients().forEach(client -> scope.entry("clients", client));
      snmpTree.container("routing-instance-access");
      if (snmp.trapTargets().isEmpty()) {
        deleteUnlessRendered(snmpTree, "trap-group", ri + "-traps");
      } else {
        ConfigElement traps = snmpTree.entry("trap-group", ri + "-traps").replace()
            .leaf("routing-instance", ri);
        snmp.trapTargets().forEach(target -> traps.entry("targets", target));
      }
    }

    private void renderServices(boolean serviceSet) {
      ConfigElement services = configuration.container("services");
      Nat nat = settings.nat();
      List<FirewallRule> in = rulesFor("input");
      List<FirewallRule> out = rulesFor("output");
      if (serviceSet) {
        String svc = servicesInterface();
        ConfigElement units = configuration.container("interfaces").entry("interface", svc);
        serviceUnit(units, 2 * site.irbUnit(), "inside");
        serviceUnit(units, 2 * site.irbUnit() + 1, "outside");

        ConfigElement set = services.entry("service-set", ri + "-svc").replace();
        if (!in.isEmpty()) {
          set.entry("stateful-firewall-rules", ri + "-fw-in");
        }
        if (!out.isEmpty()) {
          set.entry("stateful-firewall-rules", ri + "-fw-out");
        }
        if (nat != null) {
          set.entry("nat-rules", ri + "-snat");
          if (!nat.portMappings().isEmpty()) {
            set.entry("nat-rules", ri + "-dnat");
          }
        }
        set.container("next-hop-service")
            .leaf("inside-service-interface", insideUnit())
            .leaf("outside-service-interface", outsideUnit());
      } else {
        deleteServiceUnits();
        deleteUnlessRendered(services, "service-set", ri + "-svc");
      }
      renderFirewallRule(services, ri + "-fw-in", "input", in);
      renderFirewallRule(services, ri + "-fw-out", "output", out);
      renderNat(services, nat);
    }

    private void serviceUnit(ConfigElement servicesInterface, int unit, String domain) {
      ConfigElement element = servicesInterface.entry("unit", String.valueOf(unit)).replace()
          .leaf("description", description(domain));
      element.container("family").container("inet");
      element.leaf("service-domain", domain);
    }

    private void renderNat(ConfigElement services, Nat nat) {
      ConfigElement natTree = services.container("nat");
      if (nat == null) {
        deleteUnlessRendered(natTree, "pool", ri + "-pool");
        deleteUnlessRendered(natTree, "rule", ri + "-snat");
        deleteUnlessRendered(natTree, "rule", ri + "-dnat");
        return;
      }
      ConfigElement pool = natTree.entry("pool", ri + "-pool").replace();
      pool.entry("address", nat.publicRange());
      pool.container("port").flag("automatic");
      ConfigElement snat = natTree.entry("rule", ri + "-snat").replace()
          .leaf("match-direction", "input")
          .entry("term", "t1");
      ConfigElement snatFrom = snat.container("from");
      lanNetworks().forEach(network -> snatFrom.entry("source-address", network));
      snat.container("then").container("translated")
          .leaf("source-pool", ri + "-pool")
          .container("translation-type").flag("napt-44");

      if (nat.portMappings().isEmpty()) {
        deleteUnlessRendered(natTree, "rule", ri + "-dnat");
        return;
      }
      ConfigElement dnat = natTree.entry("rule", ri + "-dnat").replace().leaf("match-direction", "output");
      for (PortMapping mapping : nat.portMappings()) {
        ConfigElement term = dnat.entry("term", mapping.name());
        ConfigElement from = term.container("from");
        from.entry("destination-address", hostPrefix(mapping.externalAddress()));
        from.entry("applications", application(mapping.protocol(), String.valueOf(mapping.externalPort())));
        ConfigElement then = term.container("then");
        if (!mapping.externalPort().equals(mapping.internalPort())) {
          String map = portForwarding(mapping);
          then.leaf("port-forwarding-mappings", map);
          natTree.entry("port-forwarding", map).replace()
              .leaf("destined-port", mapping.externalPort())
              .leaf("translated-port", mapping.internalPort());
        }
        then.container("translated")
            .leaf("destination-prefix", hostPrefix(mapping.internalAddress()))
            .container("translation-type").flag("dnat-44");
      }
    }

    private void renderFirewallRule(ConfigElement services, String name, String direction, List<FirewallRule> rules) {
      ConfigElement firewall = services.container("stateful-firewall");
      if (rules.isEmpty()) {
        deleteUnlessRendered(firewall, "rule", name);
        return;
      }
      ConfigElement rule = firewall.entry("rule", name).replace().leaf("match-direction", direction);
      for (FirewallRule fw : rules) {
        ConfigElement term = rule.entry("term", fw.name());
        ConfigElement from = term.container("from");
        fw.sourcePrefixes().forEach(prefix -> from.entry("source-address", prefix));
        fw.destinationPrefixes().forEach(prefix -> from.entry("destination-address", prefix));
        applicationsOf(fw).forEach(app -> from.entry("applications", app));
        ConfigElement then = term.container("then").flag(fw.action());
        if (Boolean.TRUE.equals(fw.syslog())) {
          then.flag("syslog");
        }
      }
    }

    /** The applications a firewall rule matches: its Junos application, or one per port range. */
    private List<String> applicationsOf(FirewallRule rule) {
      if (rule.application() != null) {
        return List.of(rule.application());
      }
      if (rule.protocol() == null) {
        return List.of();
      }
      if (rule.destinationPorts().isEmpty()) {
        return List.of(application(rule.protocol(), null));
      }
      return rule.destinationPorts().stream().map(ports -> application(rule.protocol(), ports)).toList();
    }

    /** Defines (once per document) the application {@code <ri>-<protocol>[-<ports>]} and returns its name. */
    private String application(String protocol, String ports) {
      String name = ri + "-" + protocol + (ports == null ? "" : "-" + ports);
      ConfigElement applications = configuration.container("applications");
      if (!applications.has("application", name)) {
        applications.entry("application", name).replace()
            .leaf("protocol", protocol)
            .leaf("destination-port", ports);
      }
      return name;
    }

    void remove() {
      ConfigElement interfaces = configuration.container("interfaces");
      for (SiteContext.Link link : site.accessLinks()) {
        deleteUnlessRendered(interfaces.entry("interface", link.physicalPort()), "unit", String.valueOf(link.unit()));
      }
      deleteUnlessRendered(interfaces.entry("interface", "irb"), "unit", String.valueOf(site.irbUnit()));
      deleteUnlessRendered(configuration.container("bridge-domains"), "domain", ri);
      deleteUnlessRendered(configuration.container("routing-instances"), "instance", ri);
      ConfigElement snmpTree = configuration.container("snmp");
      if (settings.snmp() != null) {
        deleteUnlessRendered(snmpTree.entry("community", settings.snmp().community()), "routing-instance", ri);
      }
      deleteUnlessRendered(snmpTree, "trap-group", ri + "-traps");
      ConfigElement services = configuration.container("services");
      deleteUnlessRendered(services, "service-set", ri + "-svc");
      ConfigElement firewall = services.container("stateful-firewall");
      deleteUnlessRendered(firewall, "rule", ri + "-fw-in");
      deleteUnlessRendered(firewall, "rule", ri + "-fw-out");
      ConfigElement natTree = services.container("nat");
      deleteUnlessRendered(natTree, "pool", ri + "-pool");
      deleteUnlessRendered(natTree, "rule", ri + "-snat");
      deleteUnlessRendered(natTree, "rule", ri + "-dnat");
      if (site.servicesInterface() != null) {
        deleteServiceUnits();
      }
      Set<String> applications = new LinkedHashSet<>();
      settings.firewallRules().stream()
          .filter(rule -> rule.application() == null)
          .forEach(rule -> applications.addAll(applicationNames(rule)));
      if (settings.nat() != null) {
        for (PortMapping mapping : settings.nat().portMappings()) {
          applications.add(ri + "-" + mapping.protocol() + "-" + mapping.externalPort());
          if (!mapping.externalPort().equals(mapping.internalPort())) {
            deleteUnlessRendered(natTree, "port-forwarding", portForwarding(mapping));
          }
        }
      }
      if (!applications.isEmpty()) {
        ConfigElement applicationTree = configuration.container("applications");
        applications.forEach(name -> deleteUnlessRendered(applicationTree, "application", name));
      }
    }

    private List<String> applicationNames(FirewallRule rule) {
      if (rule.protocol() == null) {
        return List.of();
      }
      if (rule.destinationPorts().isEmpty()) {
        return List.of(ri + "-" + rule.protocol());
      }
      return rule.destinationPorts().stream().map(ports -> ri + "-" + rule.protocol() + "-" + ports).toList();
    }

    private void deleteServiceUnits() {
      if (site.servicesInterface() == null) {
        return;
      }
      ConfigElement svc = configuration.container("interfaces").entry("interface", site.servicesInterface());
      deleteUnlessRendered(svc, "unit", String.valueOf(2 * site.irbUnit()));
      deleteUnlessRendered(svc, "unit", String.valueOf(2 * site.irbUnit() + 1));
    }

    /** Deletes the entry, unless this document already renders it (a site's new context wins). */
    private static void deleteUnlessRendered(ConfigElement parent, String tag, String name) {
      if (!parent.has(tag, name)) {
        parent.entry(tag, name).delete();
      }
    }

    private List<FirewallRule> rulesFor(String direction) {
      return settings.firewallRules().stream()
          .filter(rule -> rule.direction().equals(direction) || rule.direction().equals("input-output"))
          .toList();
    }

    /** The LAN's networks (gateway and secondary ranges with their host bits cleared), for source NAT. */
    private List<String> lanNetworks() {
      List<String> networks = new ArrayList<>();
      networks.add(InterfaceAddress.parse(site.lanGateway()).network().toString());
      settings.secondaryLanRanges().forEach(range -> networks.add(InterfaceAddress.parse(range).network().toString()));
      return networks.stream().distinct().toList();
    }

    private String servicesInterface() {
      if (site.servicesInterface() == null) {
        throw new IllegalArgumentException("site " + ri + " needs a service set but its router has no services interface");
      }
      return site.servicesInterface();
    }

    private String insideUnit() {
      return servicesInterface() + "." + 2 * site.irbUnit();
    }

    private String outsideUnit() {
      return servicesInterface() + "." + (2 * site.irbUnit() + 1);
    }

    private String portForwarding(PortMapping mapping) {
      return ri + "-pf-" + mapping.externalPort() + "-" + mapping.internalPort();
    }

    private String description(String what) {
      return "ccpe " + site.customerName() + " / " + site.siteName() + " (" + what + ")";
    }

    private static String logicalName(SiteContext.Link link) {
      return link.physicalPort() + "." + link.unit();
    }

    private static String hostPrefix(String address) {
      return address.contains("/") ? address : address + "/32";
    }
  }
}
