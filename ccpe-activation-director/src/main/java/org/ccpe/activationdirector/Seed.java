package org.ccpe.activationdirector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the source knows: customers with their sites and access links. A seed file is written in
 * the contract's own representation (a {@code Customers} collection of full customer documents,
 * XML or JSON, see {@code docs/activation-director-api.md}), so a seed reads like the answers the
 * source gives.
 */
public record Seed(List<Customer> customers) {
  public Seed {
    customers = List.copyOf(customers);
    Set<String> ids = new HashSet<>();
    for (Customer c : customers) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("customer ID " + c.id() + " appears twice in the seed");
      }
    }
  }

  /** A customer; its ID is also its VPN's ID. Dates are ISO-8601 with offset, as the source sends them. */
  public record Customer(
      String id,
      String name,
      String accountNo,
      String contactName,
      String contactEmail,
      String contactInfo,
      String createdDate,
      String lastUpdatedDate,
      List<Site> sites) {
    public Customer {
      Objects.requireNonNull(id, "customer Identity");
      Objects.requireNonNull(name, "customer Name");
      sites = sites == null ? List.of() : List.copyOf(sites);
    }

    Representation summary(String href) {
      Representation e = Representation.repeated("Customer")
          .attribute("href", href).attribute("uri", href).attribute("key", id);
      e.add(Representation.element("Common")
          .text("Name", name).text("Identity", id)
          .text("CreatedDate", createdDate).text("LastUpdatedDate", lastUpdatedDate));
      return e.text("AccountNo", accountNo).text("ContactName", contactName)
          .text("ContactEmail", contactEmail);
    }

    Representation detail(String href) {
      Representation e = summary(href).text("ContactInfo", contactInfo).text("VpnId", id);
      Representation list = Representation.element("Sites").attribute("size", sites.size());
      sites.forEach(s -> list.add(s.representation()));
      return e.add(list);
    }

    static Customer from(Representation e) {
      Representation common = e.first("Common");
      String id = common != null && common.field("Identity") != null ? common.field("Identity") : e.field("key");
      Representation list = e.first("Sites");
      return new Customer(
          require(id, "a customer's Identity"),
          require(common == null ? null : common.field("Name"), "Name of customer " + id),
          e.field("AccountNo"), e.field("ContactName"), e.field("ContactEmail"), e.field("ContactInfo"),
          common == null ? null : common.field("CreatedDate"),
          common == null ? null : common.field("LastUpdatedDate"),
          list == null ? List.of() : list.all("Site").stream().map(Site::from).toList());
    }
  }

  /** A site on its PE router: routing instance, RD/vrf-target and LAN (gateway optional: the first host). */
  public record Site(
      String id,
      String name,
      String description,
      String peRouter,
      String routingInstance,
      String routeDistinguisher,
      String vrfTarget,
      String lanPrefix,
      String lanGateway,
      String contactName,
      String contactEmail,
      List<Link> links) {
    public Site {
      Objects.requireNonNull(id, "site key");
      links = links == null ? List.of() : List.copyOf(links);
    }

    Representation representation() {
      Representation e = Representation.repeated("Site").attribute("key", id)
          .text("Name", name).text("Description", description).text("PeRouter", peRouter);
      e.add(Representation.element("RoutingInstance").text("Name", routingInstance)
          .text("RouteDistinguisher", routeDistinguisher).text("VrfTarget", vrfTarget));
      e.add(Representation.element("Lan").text("Prefix", lanPrefix).text("Gateway", lanGateway));
      e.text("ContactName", contactName).text("ContactEmail", contactEmail);
      Representation list = Representation.element("Links").attribute("size", links.size());
      links.forEach(l -> list.add(l.representation()));
      return e.add(list);
    }

    static Site from(Representation e) {
      Representation ri = e.first("RoutingInstance");
      Representation lan = e.first("Lan");
      Representation list = e.first("Links");
      return new Site(
          require(e.field("key"), "a site's key"), e.field("Name"), e.field("Description"), e.field("PeRouter"),
          ri == null ? null : ri.field("Name"),
          ri == null ? null : ri.field("RouteDistinguisher"),
          ri == null ? null : ri.field("VrfTarget"),
          lan == null ? null : lan.field("Prefix"),
          lan == null ? null : lan.field("Gateway"),
          e.field("ContactName"), e.field("ContactEmail"),
          list == null ? List.of() : list.all("Link").stream().map(Link::from).toList());
    }
  }

  /** An access link: {@code interface.unit} on the site's PE router, its VLAN and role ({@code vpn}/{@code internet}). */
  public record Link(String id, String interfaceName, int vlan, String role, String name, String description) {
    public Link {
      Objects.requireNonNull(id, "link key");
    }

    Representation representation() {
      return Representation.repeated("Link").attribute("key", id)
          .text("Interface", interfaceName).number("Vlan", vlan).text("Role", role)
          .text("Name", name).text("Description", description);
    }

    static Link from(Representation e) {
      String id = require(e.field("key"), "a link's key");
      String vlan = require(e.field("Vlan"), "Vlan of link " + id);
      try {
        return new Link(id, e.field("Interface"), Integer.parseInt(vlan), e.field("Role"), e.field("Name"),
            e.field("Description"));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("Vlan of link " + id + " is not a number: " + vlan);
      }
    }
  }

  public Customer customer(String id) {
    return customers.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
  }

  /** Reads a seed file: {@code .json} as JSON, anything else as XML. */
  public static Seed load(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Representation root = file.getFileName().toString().toLowerCase().endsWith(".json")
        ? Representation.fromJson(new String(bytes, StandardCharsets.UTF_8))
        : Representation.fromXml(bytes);
    Representation list = "Customers".equals(root.name()) ? root : root.first("Customers");
    if (list == null) {
      throw new IOException(file + ": no Customers collection");
    }
    try {
      return new Seed(list.all("Customer").stream().map(Customer::from).toList());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code count} customers with IDs {@code 1000..}, each with {@code sitesEach} sites of one
   * VPN link, on routers {@code mx-1}..{@code mx-4}: for paging tests and benchmarks.
   */
  public static Seed generated(int count, int sitesEach) {
    List<Customer> customers = new ArrayList<>();
    int vlan = 100;
    for (int c = 0; c < count; c++) {
      String id = Integer.toString(1000 + c);
      List<Site> sites = new ArrayList<>();
      for (int s = 0; s < sitesEach; s++) {
        int n = c * sitesEach + s;
        String ri = "c" + id + "-s" + s;
        sites.add(new Site(id + "-S" + s, "site-" + s, null, "mx-" + (1 + n % 4), ri,
            "65000:" + (10000 + n), "target:65000:" + (10000 + n),
            "10." + (n / 256 % 256) + "." + (n % 256) + ".0/24", null, null, null,
            List.of(new Link(id + "-S" + s + "-L0", "ge-0/0/" + (n % 4 / 2) + "." + vlan, vlan, "vpn", null, null))));
        vlan = vlan >= 4000 ? 100 : vlan + 1;
      }
      customers.add(new Customer(id, "customer-" + id, "AC-" + id, "Contact " + id, "noc@c" + id + ".example",
          null, "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", sites));
    }
    return new Seed(customers);
  }

  private static String require(String value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return value;
  }
}
