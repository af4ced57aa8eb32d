package org.ccpe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.ccpe.simulator.SimulatedRouter;
import org.ccpe.simulator.operational.DhcpLease;
import org.ccpe.simulator.operational.PingTarget;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Active devices and functional audits through the API, against a simulated MX router in this
 * JVM: two provisioned sites of one customer (so their routing instances exist on the router),
 * the customer's own administrator asking, and a second customer trying the same IDs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiagnosticsIT {
  private final Api admin = Api.asAdmin();
  private SimulatedRouter mx;
  private Api customer;
  private long hq;
  private long branch;
  private String hqInstance;
  private String branchInstance;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return Deployments.ear();
  }

  @BeforeEach
  void twoProvisionedSites() throws Exception {
    mx = SimulatedRouter.builder(Api.unique("mxd")).user(Fixtures.SIMULATOR_USER, Fixtures.SIMULATOR_PASSWORD).start();
    long router = Fixtures.router(admin, mx);
    String name = Api.unique("diag");
    Api.Reply created = Fixtures.customer(admin, name);
    long customerId = Fixtures.customerId(created);
    customer = Api.as("admin@" + name, created.json().getJsonObject("initialAdmin").getString("password"));
    hq = Fixtures.site(admin, customerId, router, "hq", "10.31.1.1/24");
    branch = Fixtures.site(admin, customerId, router, "branch", "10.31.2.1/24");
    assertEquals(201, Fixtures.link(admin, hq, "ge-0/0/2.101", 101).status());
    assertEquals(201, Fixtures.link(admin, branch, "ge-0/0/2.102", 102).status());
    Fixtures.provisioned(admin, hq);
    Fixtures.provisioned(admin, branch);
    hqInstance = admin.get("/sites/" + hq).json().getString("routingInstance");
    branchInstance = admin.get("/sites/" + branch).json().getString("routingInstance");
  }

  @AfterEach
  void stop() {
    mx.close();
  }

  @Test
  void listsTheDevicesOfTheSitesOwnRoutingInstanceOnly() {
    mx.operational().addLease(new DhcpLease(hqInstance, "10.31.1.100", "00:11:22:33:44:55", "irb.1",
        Duration.ofSeconds(3600)));
    mx.operational().addLease(new DhcpLease(branchInstance, "10.31.2.100", "00:11:22:33:44:66", "irb.2",
        Duration.ofSeconds(60)));

    Api.Reply reply = customer.get("/sites/" + hq + "/active-devices");

    assertEquals(200, reply.status(), reply::toString);
    JsonObject list = reply.json();
    assertEquals(hqInstance, list.getString("routingInstance"));
    JsonArray devices = list.getJsonArray("devices");
    assertEquals(1, devices.size(), reply::toString);
    JsonObject device = devices.getJsonObject(0);
    assertEquals("10.31.1.100", device.getString("address"));
    assertEquals("00:11:22:33:44:55", device.getString("macAddress"));
    assertEquals("BOUND", device.getString("state"));
    assertFalse(device.isNull("leaseExpires"));
    assertEquals(200, admin.get("/sites/" + branch + "/active-devices").status(), "a provider reads any site");
  }

  @Test
  void anotherCustomersSitesAndAuditsAreNotFound() {
    String name = Api.unique("other");
    Api.Reply created = Fixtures.customer(admin, name);
    Api other = Api.as("admin@" + name, created.json().getJsonObject("initialAdmin").getString("password"));
    long audit = customer.post("/functional-audits",
        "{\"originSiteIds\":[" + hq + "],\"destinationSiteIds\":[" + branch + "]}").id();

    assertEquals(404, other.get("/sites/" + hq + "/active-devices").status());
    assertEquals(404, other.get("/functional-audits/" + audit).status());
    assertTrue(other.get("/functional-audits").body().equals("[]"), "no foreign audit is listed");
    Api.Reply forged = other.post("/functional-audits",
        "{\"originSiteIds\":[" + hq + "],\"destinationSiteIds\":[" + branch + "]}");
    assertEquals(422, forged.status(), forged::toString);
    assertEquals(List.of("originSiteIds[0]", "destinationSiteIds[0]"), forged.errorFields());
  }

  @Test
  void auditsPingEachPairFromInsideTheOriginsInstance() {
    String hqGateway = "10.31.1.1";
    String branchGateway = "10.31.2.1";
    mx.operational().pingTarget(new PingTarget(hqInstance, branchGateway, 0, Duration.ofMillis(8)));
    mx.operational().pingTarget(new PingTarget(branchInstance, hqGateway, 100, Duration.ZERO));

    Api.Reply scheduled = customer.post("/functional-audits",
        "{\"originSiteIds\":[" + hq + "," + branch + "],\"destinationSiteIds\":[" + hq + "," + branch + "]}");

    assertEquals(202, scheduled.status(), scheduled::toString);
    assertTrue(scheduled.header("Location").endsWith("/functional-audits/" + scheduled.id()), scheduled.header("Location"));
    JsonObject done = Fixtures.await("audit " + scheduled.id(), Duration.ofSeconds(30),
        () -> customer.get("/functional-audits/" + scheduled.id()).json(), a -> "done".equals(a.getString("state")));
    JsonArray pairs = done.getJsonArray("pairs");
    assertEquals(2, pairs.size(), "a site never pings itself: " + done);
    JsonObject up = pairs.getJsonObject(0);
    assertEquals("hq", up.getJsonObject("origin").getString("name"));
    assertEquals(branchGateway, up.getJsonObject("destination").getString("address"));
    assertEquals(hqInstance, up.getString("routingInstance"));
    assertEquals("up", up.getString("state"));
    assertEquals(0, up.getInt("packetLossPercent"));
    assertEquals(8.0, up.getJsonNumber("rttAvgMs").doubleValue(), 1.0);
    JsonObject down = pairs.getJsonObject(1);
    assertEquals("down", down.getString("state"));
    assertEquals(100, down.getInt("packetLossPercent"));
    assertTrue(down.isNull("rttAvgMs"));
    assertTrue(done.getString("message").startsWith("1 of 2"), done::toString);

    JsonArray audited = admin.get("/audit?entityType=functional-audit&entityId=" + scheduled.id()).results();
    assertEquals(1, audited.size(), "the audit is in the audit trail");
    assertTrue(audited.getJsonObject(0).toString().contains("admin@"), audited::toString);
  }

  @Test
  void refusesAnAuditOfOneSiteOrOfUnknownSites() {
    Api.Reply alone = customer.post("/functional-audits",
        "{\"originSiteIds\":[" + hq + "],\"destinationSiteIds\":[" + hq + "]}");
    assertEquals(422, alone.status(), alone::toString);
    assertEquals(List.of("destinationSiteIds"), alone.errorFields());

    Api.Reply empty = customer.post("/functional-audits", "{}");
    assertEquals(422, empty.status(), empty::toString);
    assertEquals(List.of("originSiteIds", "destinationSiteIds"), empty.errorFields());
  }

  @Test
  void aRouterThatCannotBeReachedIsABadGatewayAndAnErrorPair() {
    mx.knobs().refuseConnections(true);

    Api.Reply devices = customer.get("/sites/" + hq + "/active-devices");
    assertEquals(502, devices.status(), devices::toString);
    assertTrue(devices.json().getString("detail").contains("cannot be reached"), devices::toString);

    long audit = customer.post("/functional-audits",
        "{\"originSiteIds\":[" + hq + "],\"destinationSiteIds\":[" + branch + "]}").id();
    JsonObject done = Fixtures.await("audit " + audit, Duration.ofSeconds(30),
        () -> customer.get("/functional-audits/" + audit).json(), a -> "done".equals(a.getString("state")));
    JsonObject pair = done.getJsonArray("pairs").getJsonObject(0);
    assertEquals("error", pair.getString("state"));
    assertTrue(pair.getString("message").contains("cannot be reached"), pair::toString);
  }
}
