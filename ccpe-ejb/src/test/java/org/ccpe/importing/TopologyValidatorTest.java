package org.ccpe.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccpe.common.FieldError;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.ImportPlan.Change;
import org.ccpe.importing.StoredTopology.CustomerRow;
import org.ccpe.importing.StoredTopology.LinkRow;
import org.ccpe.importing.StoredTopology.RouterRow;
import org.ccpe.importing.StoredTopology.SiteRow;
import org.ccpe.importing.TopologyDocument.CustomerEntry;
import org.ccpe.importing.TopologyDocument.LinkEntry;
import org.ccpe.importing.TopologyDocument.SiteEntry;
import org.junit.jupiter.api.Test;

class TopologyValidatorTest {
  private static final RouterRow MX1 = new RouterRow(1, "mx1");
  private static final RouterRow MX2 = new RouterRow(2, "mx2");
  private static final Map<String, RouterRow> ROUTERS = Map.of("mx1", MX1, "mx2", MX2);

  private static CustomerEntry customer(String id, String name, SiteEntry... sites) {
    return new CustomerEntry(id, name, "Customer " + name, "ACC-" + id, null, null, null, List.of(sites));
  }

  private static SiteEntry site(String id, String name, String router, String lan, LinkEntry... links) {
    return new SiteEntry(id, name, null, router, null, lan, null, null, null, null, null, List.of(links));
  }

  private static LinkEntry link(String id, String ifName, Integer vlan) {
    return new LinkEntry(id, ifName, vlan, "vpn", null, null);
  }

  private static List<String> errorFields(TopologyDocument doc, StoredTopology stored) {
    ValidationFailedException e = assertThrows(ValidationFailedException.class,
        () -> TopologyValidator.plan(doc, stored));
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void plansEverythingAsCreatedOnAnEmptyInventory() {
    TopologyDocument doc = new TopologyDocument(List.of(customer("C1", "acme",
        site("S1", "Paris HQ", "mx1", "10.1.0.1/24", link("L1", "ge-1/0/3.210", 210)),
        site("S2", "Lyon", "mx1", "10.2.0.1/24", link("L2", "ge-1/0/3.211", 211)))));
    ImportPlan plan = TopologyValidator.plan(doc, StoredTopology.empty(ROUTERS));
    assertEquals(Change.CREATED, plan.customers().get(0).change());
    assertEquals("acme_Paris-HQ", plan.customers().get(0).sites().get(0).routingInstance().value());
    assertEquals(2, plan.customers().get(0).sites().size());
    assertEquals(Change.CREATED, plan.customers().get(0).sites().get(1).links().get(0).change());
  }

  @Test
  void namesEveryBadFieldByItsPathInTheDocument() {
    TopologyDocument doc = new TopologyDocument(List.of(
        customer("C1", "acme", site("S1", "hq", "mx1", "10.1.0.1/24", link("L1", "ge-1/0/3.210", 210))),
        customer("C2", "has space",
            site("S2", "", "nowhere", "10.1.0.0/24", link("L2", "fe-0/0/0.1", 5000), link(null, "ge-1/0/0.1", 1)))));
    List<String> fields = errorFields(doc, StoredTopology.empty(ROUTERS));
    assertEquals(List.of("customers[1].name", "customers[1].sites[0].accessLinks[0].interfaceName",
        "customers[1].sites[0].accessLinks[0].vlanId", "customers[1].sites[0].accessLinks[1].externalId",
        "customers[1].sites[0].router", "customers[1].sites[0].name", "customers[1].sites[0].lanGateway"), fields);
  }

  @Test
  void rejectsDuplicateExternalIdsAndNamesWithinTheDocument() {
    TopologyDocument doc = new TopologyDocument(List.of(
        customer("C1", "acme", site("S1", "hq", "mx1", "10.1.0.1/24", link("L1", "ge-1/0/3.210", 210)),
            site("S1", "HQ", "mx1", "10.2.0.1/24", link("L1", "ge-1/0/3.211", 211))),
        customer("C1", "ACME")));
    List<String> fields = errorFields(doc, StoredTopology.empty(ROUTERS));
    assertTrue(fields.containsAll(List.of("customers[0].sites[1].externalId",
        "customers[0].sites[1].accessLinks[0].externalId", "customers[1].name", "customers[1].externalId")), fields::toString);
  }

  @Test
  void rejectsVlanUsedTwiceOnOnePortWithinTheDocumentAndAgainstStoredLinks() {
    StoredTopology stored = new StoredTopology(ROUTERS, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        List.of(new LinkRow(90, 91, "other", 1, "xe-0/0/1.100", "xe-0/0/1", 100, "VPN", null, null, "X")), Map.of());
    TopologyDocument doc = new TopologyDocument(List.of(customer("C1", "acme",
        site("S1", "hq", "mx1", "10.1.0.1/24", link("L1", "ge-1/0/3.210", 210), link("L2", "ge-1/0/3.211", 210),
            link("L3", "xe-0/0/1.101", 100), link("L4", "xe-0/0/1.100", 7), link("L5", "ge-1/0/3.210", 300)),
        site("S2", "branch", "mx2", "10.2.0.1/24", link("L6", "ge-1/0/3.210", 210)))));
    List<String> fields = errorFields(doc, stored);
    assertEquals(List.of("customers[0].sites[0].accessLinks[1].vlanId", "customers[0].sites[0].accessLinks[2].vlanId",
        "customers[0].sites[0].accessLinks[3].interfaceName", "customers[0].sites[0].accessLinks[4].interfaceName"),
        fields, "the same VLAN on another router is fine");
  }

  @Test
  void rejectsOverlappingLansWithinACustomerIncludingStoredSites() {
    CustomerRow acme = new CustomerRow(10, "acme", "ACME", null, null, null, null, "C1");
    SiteRow storedSite = new SiteRow(20, 10, "acme", "old", null, 1, "acme_old", "192.168.0.1/16", null, null, null,
        "S0", null, null);
    StoredTopology stored = new StoredTopology(ROUTERS, Map.of("C1", acme), Map.of(), Map.of(),
        Map.of(10L, List.of(storedSite)), Map.of(), List.of(), Map.of());
    TopologyDocument doc = new TopologyDocument(List.of(
        customer("C1", "acme", site("S1", "a", "mx1", "10.0.0.1/8"), site("S2", "b", "mx1", "10.20.0.1/24"),
            site("S3", "c", "mx1", "192.168.5.1/24"), site("S4", "OLD", "mx1", "172.16.0.1/24")),
        customer("C2", "globex", site("S5", "a", "mx1", "10.20.0.1/24"))));
    List<String> fields = errorFields(doc, stored);
    assertEquals(List.of("customers[0].sites[3].name", "customers[0].sites[1].lanGateway",
        "customers[0].sites[2].lanGateway"), fields, "another customer may use the same LAN");
  }

  @Test
  void rejectsRoutingInstanceClashesAndDerivesFreeNames() {
    StoredTopology stored = new StoredTopology(ROUTERS, Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of(1L, Map.of("acme_hq", 5L, "taken", 6L)), List.of(), Map.of());
    SiteEntry given = new SiteEntry("S2", "b", null, "mx1", "taken", "10.2.0.1/24", null, null, null, null, null, List.of());
    TopologyDocument bad = new TopologyDocument(List.of(customer("C1", "acme", given)));
    assertEquals(List.of("customers[0].sites[0].routingInstance"), errorFields(bad, stored));

    TopologyDocument good = new TopologyDocument(List.of(customer("C1", "acme", site("S1", "hq", "mx1", "10.1.0.1/24"))));
    assertEquals("acme_hq-2", TopologyValidator.plan(good, stored).customers().get(0).sites().get(0)
        .routingInstance().value());
  }

  @Test
  void keepsWhatTheCustomerRenamedAndReportsUnchangedEntities() {
    CustomerRow acme = new CustomerRow(10, "acme", "ACME Renamed", "ACC-C1", null, null, null, "C1");
    SiteRow hq = new SiteRow(20, 10, "acme", "hq", "our HQ", 1, "acme_hq", "10.1.0.1/24", null, null, null,
        "S1", null, null);
    LinkRow uplink = new LinkRow(30, 20, "hq", 1, "ge-1/0/3.210", "ge-1/0/3", 210, "VPN", "uplink", null, "L1");
    StoredTopology stored = new StoredTopology(ROUTERS, Map.of("C1", acme), Map.of("acme", acme),
        Map.of("S1", hq), Map.of(10L, List.of(hq)), Map.of(1L, Map.of("acme_hq", 20L)), List.of(uplink),
        Map.of("L1", uplink));
    TopologyDocument doc = new TopologyDocument(List.of(customer("C1", "acme",
        site("S1", "hq", "mx1", "10.1.0.1/24", link("L1", "ge-1/0/3.210", 210)))));
    ImportPlan plan = TopologyValidator.plan(doc, stored);
    assertEquals(Change.UNCHANGED, plan.customers().get(0).change());
    assertEquals("ACME Renamed", plan.customers().get(0).values().displayName());
    assertTrue(plan.customers().get(0).notes().get(0).startsWith("displayName kept"));
    assertEquals(Change.UNCHANGED, plan.customers().get(0).sites().get(0).change());
    assertEquals(Change.UNCHANGED, plan.customers().get(0).sites().get(0).links().get(0).change());

    TopologyDocument moved = new TopologyDocument(List.of(customer("C1", "acme",
        site("S1", "hq", "mx1", "10.1.0.1/24", link("L1", "ge-1/0/3.210", 211)))));
    assertEquals(Change.UPDATED, TopologyValidator.plan(moved, stored).customers().get(0).sites().get(0)
        .links().get(0).change(), "a VLAN change of the link itself is no clash");
  }

  @Test
  void refusesToRenameACustomerOrMoveASiteToAnotherCustomer() {
    CustomerRow acme = new CustomerRow(10, "acme", "ACME", null, null, null, null, "C1");
    SiteRow hq = new SiteRow(20, 10, "acme", "hq", null, 1, "acme_hq", "10.1.0.1/24", null, null, null, "S1", null, null);
    StoredTopology stored = new StoredTopology(ROUTERS, Map.of("C1", acme), Map.of("acme", acme),
        Map.of("S1", hq), Map.of(10L, List.of(hq)), Map.of(), List.of(), Map.of());
    TopologyDocument doc = new TopologyDocument(List.of(customer("C1", "renamed"),
        customer("C9", "acme", site("S1", "hq", "mx1", "10.1.0.1/24"))));
    assertEquals(List.of("customers[0].name", "customers[1].name", "customers[1].sites[0].externalId"),
        errorFields(doc, stored));
  }

  @Test
  void judgesThirtyThousandEntitiesQuickly() {
    List<CustomerEntry> customers = new ArrayList<>();
    for (int c = 0; c < 1000; c++) {
      List<SiteEntry> sites = new ArrayList<>();
      for (int s = 0; s < 10; s++) {
        int n = c * 10 + s;
        sites.add(site("S" + n, "site" + s, "mx" + (1 + n % 2), "10." + s + "." + (c % 250) + ".1/24",
            link("L" + n + "a", "ge-" + (n % 4) + "/0/" + (n % 8) + "." + n, 1 + n / 8 % 4094),
            link("L" + n + "b", "xe-" + (n % 4) + "/0/" + (n % 8) + "." + n, 1 + n / 8 % 4094)));
      }
      customers.add(customer("C" + c, "cust" + c, sites.toArray(SiteEntry[]::new)));
    }
    long start = System.nanoTime();
    ImportPlan plan = TopologyValidator.plan(new TopologyDocument(customers), StoredTopology.empty(ROUTERS));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(1000, plan.customers().size());
    assertTrue(millis < 5000, "took " + millis + " ms");
  }
}
