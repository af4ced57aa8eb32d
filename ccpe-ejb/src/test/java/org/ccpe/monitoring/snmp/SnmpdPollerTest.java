package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The poller against a real net-snmp snmpd over this machine's own interfaces (at least lo). */
@Timeout(60)
class SnmpdPollerTest {

  private static SnmpdPeer snmpd;
  private static SnmpPoller poller;

  @BeforeAll
  static void start() {
    snmpd = SnmpdPeer.plain();
    poller = new SnmpPoller();
  }

  @AfterAll
  static void stop() throws Exception {
    SnmpdPeer.closeAll(poller, snmpd);
  }

  static PollOutcome.Reached reached(AgentTarget target, PollPlan plan) throws Exception {
    PollOutcome outcome = poller.poll(target, plan).toCompletableFuture().get(30, TimeUnit.SECONDS);
    return assertInstanceOf(PollOutcome.Reached.class, outcome, outcome::toString);
  }

  @Test
  void readsLoopbackStatusAndCountersOverV2c() throws Exception {
    PollOutcome.Reached first = reached(snmpd.v2c(), PollPlan.firstTime(Set.of("lo", "ge-9/9/9.9")));

    InterfaceReading lo = first.readings().get("lo");
    assertNotNull(lo, first::toString);
    assertEquals(OperStatus.UP, lo.operStatus());
    assertEquals(AdminStatus.UP, lo.adminStatus());
    assertTrue(lo.hasHighCapacityCounters(), "snmpd has ifHC* for lo");
    assertEquals(null, lo.inOctets32(), "32-bit counters are read only when HC ones are missing");
    assertEquals(first.ifIndexByName().get("lo"), lo.ifIndex());
    assertEquals(Set.of("ge-9/9/9.9"), first.notFound());
    assertFalse(first.agentRestarted());
    assertTrue(first.sysUpTimeTicks() > 0);
  }

  @Test
  void aKnownIndexIsReadWithOneRequestAndNoWalk() throws Exception {
    PollPlan plan = PollPlan.firstTime(Set.of("lo"));
    PollOutcome.Reached first = reached(snmpd.v2c(), plan);
    long before = poller.laneOf(snmpd.v2c()).requests();

    PollOutcome.Reached second = reached(snmpd.v2c(), plan.next(first));

    assertEquals(1, poller.laneOf(snmpd.v2c()).requests() - before, "one GET, no walk");
    assertEquals(first.ifIndexByName(), second.ifIndexByName());
    assertTrue(
        Long.compareUnsigned(second.readings().get("lo").hcInOctets(), first.readings().get("lo").hcInOctets()) >= 0);
  }

  @Test
  void aStaleIndexIsResolvedAgain() throws Exception {
    PollOutcome.Reached truth = reached(snmpd.v2c(), PollPlan.firstTime(Set.of("lo")));
    int wrong = truth.ifIndexByName().get("lo") + 1000;

    PollOutcome.Reached again =
        reached(snmpd.v2c(), new PollPlan(Set.of("lo"), Map.of("lo", wrong), OptionalLong.empty()));

    assertEquals(truth.ifIndexByName(), again.ifIndexByName());
    assertEquals(OperStatus.UP, again.readings().get("lo").operStatus());
  }

  @Test
  void aSysUpTimeThatWentBackIsARestart() throws Exception {
    PollOutcome.Reached now = reached(snmpd.v2c(), PollPlan.firstTime(Set.of("lo")));
    PollPlan fromTheFuture =
        new PollPlan(Set.of("lo"), now.ifIndexByName(), OptionalLong.of(now.sysUpTimeTicks() + 1_000_000));

    PollOutcome.Reached later = reached(snmpd.v2c(), fromTheFuture);

    assertTrue(later.agentRestarted());
    assertEquals(now.ifIndexByName(), later.ifIndexByName());
  }

  @Test
  void readsOverV3WithSha1AndSha256() throws Exception {
    for (SnmpCredentials.AuthProtocol auth : SnmpCredentials.AuthProtocol.values()) {
      String user = auth == SnmpCredentials.AuthProtocol.SHA1 ? "ncmon" : "ncmon256";
      PollOutcome.Reached v3 = reached(snmpd.v3(user, auth), PollPlan.firstTime(Set.of("lo")));
      assertEquals(OperStatus.UP, v3.readings().get("lo").operStatus(), user);
    }
  }

  @Test
  void aWrongPassphraseIsAnAuthenticationFailure() throws Exception {
    AgentTarget wrong =
        new AgentTarget(
            2,
            "127.0.0.1",
            snmpd.port,
            new SnmpCredentials.V3(
                "ncmon",
                SnmpCredentials.AuthProtocol.SHA1,
                "not-the-password",
                SnmpCredentials.PrivProtocol.AES128,
                SnmpdPeer.PASSWORD_PRIV),
            Duration.ofMillis(500),
            1,
            50,
            4);
    PollOutcome outcome = poller.poll(wrong, PollPlan.firstTime(Set.of("lo"))).toCompletableFuture().get();

    PollOutcome.Unreachable refused = assertInstanceOf(PollOutcome.Unreachable.class, outcome);
    assertTrue(refused.reason().startsWith("authentication failure"), refused.reason());
  }

  @Test
  void aWrongCommunityTimesOutWithinTimeoutTimesTries() throws Exception {
    AgentTarget wrong =
        new AgentTarget(
            3, "127.0.0.1", snmpd.port, new SnmpCredentials.V2c("nope"), Duration.ofMillis(300), 2, 50, 4);
    long start = System.nanoTime();
    PollOutcome outcome = poller.poll(wrong, PollPlan.firstTime(Set.of("lo"))).toCompletableFuture().get();
    long millis = (System.nanoTime() - start) / 1_000_000;

    PollOutcome.Unreachable silent = assertInstanceOf(PollOutcome.Unreachable.class, outcome);
    assertEquals("timeout after 2 retries", silent.reason());
    assertTrue(millis >= 850 && millis < 2000, "took " + millis + " ms for 3 x 300 ms");
  }
}
