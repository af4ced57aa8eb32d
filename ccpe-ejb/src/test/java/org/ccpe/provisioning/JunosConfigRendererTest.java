package org.ccpe.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.ccpe.services.ServiceSettings;
import org.ccpe.services.ServiceSettings.SnmpAccess;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Rules of the renderer that golden files do not show at a glance. */
class JunosConfigRendererTest {

  private final JunosConfigRenderer renderer = new JunosConfigRenderer();

  @Test
  void escapesNamesThatXmlWouldMisread() throws Exception {
    SiteContext site = ExampleSites.named(ExampleSites.plainL3vpn(), "R&D <Labs>", "\"Main\" & Co");

    String xml = renderer.render(site);

    assertTrue(xml.contains("ccpe R&amp;D &lt;Labs&gt; / &quot;Main&quot; &amp; Co (lan)"), xml);
    assertEquals("ccpe R&D <Labs> / \"Main\" & Co (lan)",
        xpath(parse(xml), "//interface[name='irb']/unit/description"));
  }

  @Test
  void escapesTheCommunityAndTermNames() throws Exception {
    SiteContext site = ExampleSites.withSettings(ExampleSites.plainL3vpn(),
        new ServiceSettings(List.of(), List.of(), null, null, null, List.of(),
            new SnmpAccess("p<&>ss", List.of("192.0.2.0/28"), List.of())));

    Document document = parse(renderer.render(site));

    assertEquals("p<&>ss", xpath(document, "//snmp/community/name"));
  }

  @Test
  void refusesCharactersXmlCannotCarry() {
    SiteContext site = ExampleSites.named(ExampleSites.plainL3vpn(), "Acme\u0007", "HQ");

    assertThrows(IllegalArgumentException.class, () -> renderer.render(site));
  }

  @Test
  void rendersTheSameDocumentEveryTimeWhateverTheOrderOfSites() {
    SiteContext a = ExampleSites.natWithPortMappings();
    SiteContext b = ExampleSites.dhcpServer();
    SiteContext c = ExampleSites.firewallHeavy();

    String first = renderer.render(List.of(a, b, c), List.of(ExampleSites.plainL3vpn(), ExampleSites.dhcpRelay()));
    String again = renderer.render(List.of(c, a, b), List.of(ExampleSites.dhcpRelay(), ExampleSites.plainL3vpn()));

    assertEquals(first, again);
    assertEquals(renderer.render(a), new JunosConfigRenderer().render(a));
  }

  @Test
  void sharesOnePortBetweenSitesWithoutReplacingIt() throws Exception {
    Document document = parse(renderer.render(
        List.of(ExampleSites.plainL3vpn(), ExampleSites.natWithPortMappings()), List.of()));

    assertEquals("1", xpath(document, "count(//interfaces/interface[name='ge-1/0/3'])"));
    assertEquals("1", xpath(document, "count(//interface[name='ge-1/0/3']/encapsulation)"));
    assertEquals("", xpath(document, "//interface[name='ge-1/0/3']/@replace"));
    assertEquals("3", xpath(document, "count(//interface[name='ge-1/0/3']/unit[@replace='replace'])"));
  }

  @Test
  void deletesEveryObjectOfARemovedSite() throws Exception {
    SiteContext site = ExampleSites.natWithPortMappings();

    Document document = parse(renderer.render(List.of(), List.of(site)));

    assertEquals("0", xpath(document, "count(//*[@replace])"));
    for (String deleted : List.of("//interface[name='ge-1/0/3']/unit[name='102']",
        "//interface[name='ge-1/0/3']/unit[name='902']", "//interface[name='irb']/unit[name='102']",
        "//interface[name='ms-1/0/0']/unit[name='204']", "//interface[name='ms-1/0/0']/unit[name='205']",
        "//bridge-domains/domain[name='acme-shop']", "//routing-instances/instance[name='acme-shop']",
        "//snmp/community[name='sh0p-s3cret']/routing-instance[name='acme-shop']",
        "//snmp/trap-group[name='acme-shop-traps']", "//service-set[name='acme-shop-svc']",
        "//nat/pool[name='acme-shop-pool']", "//nat/rule[name='acme-shop-snat']",
        "//nat/rule[name='acme-shop-dnat']", "//nat/port-forwarding[name='acme-shop-pf-2222-22']",
        "//application[name='acme-shop-tcp-443']", "//application[name='acme-shop-udp-5060']")) {
      assertEquals("delete", xpath(document, deleted + "/@delete"), deleted);
    }
  }

  @Test
  void deletesOnlyWhatThePreviousContextHadAndTheNewOneLacks() throws Exception {
    SiteContext before = ExampleSites.natWithPortMappings();
    SiteContext after = ExampleSites.withSettings(before, new ServiceSettings(List.of(), List.of(), null, null,
        new ServiceSettings.Nat("203.0.113.8/29", List.of(before.settings().nat().portMappings().get(0))),
        List.of(), new SnmpAccess("new-secret", List.of("192.0.2.0/28"), List.of())));

    Document document = parse(renderer.render(List.of(after), List.of(before)));

    assertEquals("delete", xpath(document, "//community[name='sh0p-s3cret']/routing-instance/@delete"));
    assertEquals("replace", xpath(document, "//community[name='new-secret']/routing-instance/@replace"));
    assertEquals("delete", xpath(document, "//application[name='acme-shop-tcp-2222']/@delete"));
    assertEquals("replace", xpath(document, "//application[name='acme-shop-tcp-443']/@replace"));
    assertEquals("delete", xpath(document, "//port-forwarding[name='acme-shop-pf-2222-22']/@delete"));
    assertEquals("replace", xpath(document, "//routing-instances/instance[name='acme-shop']/@replace"));
    assertEquals("1", xpath(document, "count(//routing-instances/instance[name='acme-shop'])"));
    assertEquals("delete", xpath(document, "//trap-group[name='acme-shop-traps']/@delete"));
  }

  @Test
  void usesAVirtualRouterUntilTheVpnIsKnown() throws Exception {
    Document document = parse(renderer.render(ExampleSites.dhcpRelay()));

    assertEquals("virtual-router", xpath(document, "//instance[name='beta-depot']/instance-type"));
    assertEquals("0", xpath(document, "count(//instance/route-distinguisher)"));
  }

  @Test
  void givesFirewallRulesWithoutNatAServiceSetOfTheirOwn() throws Exception {
    Document document = parse(renderer.render(ExampleSites.firewallHeavy()));

    assertEquals("replace", xpath(document, "//service-set[name='gamma-plant-svc']/@replace"));
    assertEquals("0", xpath(document, "count(//service-set[name='gamma-plant-svc']/nat-rules)"));
    assertEquals("2", xpath(document, "count(//service-set[name='gamma-plant-svc']/stateful-firewall-rules)"));
    assertEquals("delete", xpath(document, "//nat/rule[name='gamma-plant-snat']/@delete"));
    // input and input-output rules, in the customer's order
    assertEquals("13", xpath(document, "count(//stateful-firewall/rule[name='gamma-plant-fw-in']/term)"));
    assertEquals("udp-2", xpath(document, "//rule[name='gamma-plant-fw-in']/term[1]/name"));
    assertEquals("icmp-3", xpath(document, "//rule[name='gamma-plant-fw-in']/term[2]/name"));
  }

  @Test
  void refusesTwoSitesWithOneRoutingInstance() {
    SiteContext site = ExampleSites.plainL3vpn();

    assertThrows(IllegalArgumentException.class, () -> renderer.render(List.of(site, site), List.of()));
  }

  @Test
  void refusesNatWhereTheRouterHasNoServicesInterface() {
    SiteContext nat = ExampleSites.natWithPortMappings();
    SiteContext withoutPic = new SiteContext(nat.routingInstance(), nat.customerName(), nat.siteName(),
        nat.lanGateway(), nat.irbUnit(), nat.routeDistinguisher(), nat.vrfTarget(), null, nat.accessLinks(),
        nat.settings());

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.render(withoutPic));
    assertFalse(e.getMessage().contains("sh0p-s3cret"));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static String xpath(Document document, String expression) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(expression, document);
  }
}
