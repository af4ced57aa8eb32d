package org.ccpe.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.KnownHosts;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.services.ServiceSettings;
import org.ccpe.simulator.SimulatedRouter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The rendered documents as a router takes them: loaded with {@code load-configuration
 * action="replace"} over our NETCONF client into an embedded {@link SimulatedRouter}, passed
 * through {@code commit check} and committed, exactly as the commit pipeline will.
 */
@Timeout(60)
class RenderedConfigOnSimulatorTest {

  private final JunosConfigRenderer renderer = new JunosConfigRenderer();
  private SimulatedRouter router;
  private NetconfSession session;

  @BeforeEach
  void connect() throws IOException, NetconfException {
    router = SimulatedRouter.builder("mx-render").user("lab", "lab123").start();
    session = Device.builder().host(router.host()).port(router.port()).username(router.user())
        .password(router.password()).knownHosts(KnownHosts.inMemory()).trustOnFirstUse(true)
        .build().openSession();
  }

  @AfterEach
  void disconnect() {
    if (session != null) {
      session.close();
    }
    router.close();
  }

  static List<ExampleSites.Golden> golden() {
    return ExampleSites.golden();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void loadsPassesCommitCheckAndCommits(ExampleSites.Golden golden) throws Exception {
    if (!golden.removals().isEmpty()) {
      commit(renderer.render(golden.removals(), List.of()));
    }

    commit(golden.render());

    assertEquals(golden.removals().isEmpty() ? 1 : 2, router.counters().commits());
    for (SiteContext removed : golden.removals()) {
      assertFalse(router.runningConfiguration().contains(removed.routingInstance()), removed.routingInstance());
    }
    assertEquals("", diffAfterLoading(golden.render()), "a re-push of the same document changes nothing");
  }

  @Test
  void removesEveryObjectOfASiteAndLeavesTheOthersAlone() throws Exception {
    SiteContext hq = ExampleSites.plainL3vpn();
    SiteContext shop = ExampleSites.natWithPortMappings();
    SiteContext firewalled = ExampleSites.firewallHeavy();
    commit(renderer.render(List.of(hq, shop, firewalled), List.of()));
    assertTrue(router.runningConfiguration().contains("acme-shop"));

    commit(renderer.render(List.of(), List.of(shop)));

    String running = router.runningConfiguration();
    assertFalse(running.contains("acme-shop"), running);
    Document document = JunosConfigRendererTest.parse(running);
    for (String gone : List.of("//interface[name='ge-1/0/3']/unit[name='102']",
        "//interface[name='ge-1/0/3']/unit[name='902']", "//interface[name='irb']/unit[name='102']",
        "//interface[name='ms-1/0/0']/unit[name='204']", "//interface[name='ms-1/0/0']/unit[name='205']",
        "//community[name='sh0p-s3cret']/routing-instance")) {
      assertEquals("0", JunosConfigRendererTest.xpath(document, "count(" + gone + ")"), gone);
    }
    assertEquals("", diffAfterLoading(renderer.render(List.of(hq, firewalled), List.of())),
        "the other sites are exactly as rendered");
  }

  @Test
  void dropsTheServiceSetWhenNatAndFirewallAreTurnedOff() throws Exception {
    SiteContext shop = ExampleSites.natWithPortMappings();
    commit(renderer.render(shop));

    SiteContext without = ExampleSites.withSettings(shop, ServiceSettings.none());
    commit(renderer.render(without));

    String running = router.runningConfiguration();
    for (String gone : List.of("acme-shop-svc", "acme-shop-snat", "acme-shop-dnat", "acme-shop-pool",
        "acme-shop-traps", "ms-1/0/0.204", "<name>204</name>", "<name>205</name>")) {
      assertFalse(running.contains(gone), gone + " left in\n" + running);
    }
    Document document = JunosConfigRendererTest.parse(running);
    assertEquals("0", JunosConfigRendererTest.xpath(document, "count(//instance[name='acme-shop']//route)"));
    assertEquals("", diffAfterLoading(renderer.render(without)));
  }

  @Test
  void movesTheCommunityWhenThePreviousContextIsGiven() throws Exception {
    SiteContext before = ExampleSites.natWithPortMappings();
    commit(renderer.render(before));
    SiteContext after = ExampleSites.withSettings(before, new ServiceSettings(List.of(), List.of(), null, null,
        null, List.of(), new ServiceSettings.SnmpAccess("n3w-s3cret", List.of("192.0.2.0/28"), List.of())));

    commit(renderer.render(List.of(after), List.of(before)));

    String running = router.runningConfiguration();
    assertFalse(running.contains("acme-shop-tcp-2222"), running);
    Document document = JunosConfigRendererTest.parse(running);
    assertEquals("0", JunosConfigRendererTest.xpath(document, "count(//community[name='sh0p-s3cret']/routing-instance)"));
    assertEquals("1", JunosConfigRendererTest.xpath(document, "count(//community[name='n3w-s3cret']/routing-instance)"));
  }

  @Test
  void cutsACoalescedDiffIntoEachSitesOwnPart() throws Exception {
    BatchItem hq = item(ExampleSites.plainL3vpn());
    BatchItem shop = item(ExampleSites.natWithPortMappings());
    // an empty router: both sites land in one [edit] section, in shared blocks
    String created = diffAfterLoading(renderer.render(List.of(hq.context(), shop.context()), List.of()));
    DiffSections sections = DiffSections.of(created, List.of(hq, shop));

    String hqPart = sections.of(hq);
    assertTrue(hqPart.contains("acme-hq {") && hqPart.contains("unit 101 {") && hqPart.contains("route 10.20.0.0/16"),
        hqPart);
    assertTrue(hqPart.contains("flexible-vlan-tagging;"), "shared settings of its port stay: " + hqPart);
    for (String other : List.of("acme-shop", "unit 102 {", "unit 902 {", "unit 204 {", "203.0.113")) {
      assertFalse(hqPart.contains(other), other + " is the shop's: " + hqPart);
    }
    String shopPart = sections.of(shop);
    assertTrue(shopPart.contains("acme-shop {") && shopPart.contains("unit 902 {") && shopPart.contains("unit 204 {")
        && shopPart.contains("acme-shop-pool"), shopPart);
    assertFalse(shopPart.contains("acme-hq") || shopPart.contains("unit 101 {"), shopPart);

    commit(renderer.render(List.of(hq.context(), shop.context()), List.of()));
    BatchItem changed = item(ExampleSites.withSettings(hq.context(), ExampleSites.dhcpRelay().settings()));
    String diff = diffAfterLoading(renderer.render(List.of(changed.context()), List.of()));
    assertEquals(diff, DiffSections.of(diff, List.of(changed, shop)).of(changed), "a site's own sections whole");
    assertEquals("", DiffSections.of("", List.of(changed)).of(changed));
  }

  private static BatchItem item(SiteContext site) {
    return new BatchItem(site.irbUnit(), site, false, 1L, site.irbUnit(), List.of((long) site.irbUnit()));
  }

  private void commit(String configuration) throws NetconfException {
    session.lock(Datastore.CANDIDATE);
    try {
      session.junos().loadConfiguration(Junos.LoadAction.REPLACE, configuration);
      session.junos().commitConfiguration(JunosCommit.check());
      session.junos().commitConfiguration(JunosCommit.commit().log("renderer test"));
    } finally {
      session.unlock(Datastore.CANDIDATE);
    }
  }

  private String diffAfterLoading(String configuration) throws NetconfException {
    session.lock(Datastore.CANDIDATE);
    try {
      session.junos().loadConfiguration(Junos.LoadAction.REPLACE, configuration);
      return session.junos().candidateDiff();
    } finally {
      session.discardChanges();
      session.unlock(Datastore.CANDIDATE);
    }
  }
}
