package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ccpe.simulator.snmp.AuthProtocol;
import org.ccpe.simulator.snmp.BulkFault;
import org.ccpe.simulator.snmp.PrivProtocol;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The poller against the MX simulator's SNMP agent: scale, wraps, restarts, silence, faults, traps. */
@Timeout(60)
class SimulatorPollerTest {

  private static final String COMMUNITY = "public";
  private static final String AUTH = "authpass123";
  private static final String PRIV = "privpass123";

  private final TestClock clock = new TestClock();
  private final SnmpPoller poller = new SnmpPoller(SnmpPoller.DEFAULT_MAX_VARBINDS, clock);
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    poller.close();
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private SimulatedSnmpAgent agent(int interfaces) throws Exception {
    SimulatedSnmpAgent agent =
        SimulatedSnmpAgent.builder()
            .clock(clock)
            .community(COMMUNITY)
            .usmUser("ncmon256", AuthProtocol.SHA256, AUTH, PrivProtocol.AES256, PRIV)
            .interfaces(interfaces, SimulatorPollerTest::unit)
            .sparseIfIndex(true)
            .start();
    opened.add(agent);
    return agent;
  }

  private static String unit(int i) {
    return "ge-0/0/" + i + ".100";
  }

  private static Set<String> units(int count) {
    return IntStream.range(0, count).mapToObj(SimulatorPollerTest::unit).collect(Collectors.toSet());
  }

  private static AgentTarget v2c(SimulatedSnmpAgent agent) {
    return AgentTarget.of(1, agent.host(), agent.port(), new SnmpCredentials.V2c(COMMUNITY));
  }

  private PollOutcome.Reached reached(AgentTarget target, PollPlan plan) throws Exception {
    PollOutcome outcome = poller.poll(target, plan).toCompletableFuture().get(30, TimeUnit.SECONDS);
    return assertInstanceOf(PollOutcome.Reached.class, outcome, outcome::toString);
  }

  @Test
  void readsAHundredInterfacesOverV3Sha256Aes256AndThenWithoutAWalk() throws Exception {
    SimulatedSnmpAgent agent = agent(100);
    AgentTarget v3 =
        AgentTarget.of(
            7,
            agent.host(),
            agent.port(),
            new SnmpCredentials.V3(
                "ncmon256",
                SnmpCredentials.AuthProtocol.SHA256,
                AUTH,
                SnmpCredentials.PrivProtocol.AES256,
                PRIV));
    PollPlan plan = PollPlan.firstTime(units(100));

    PollOutcome.Reached first = reached(v3, plan);
    assertEquals(100, first.readings().size());
    assertEquals(Set.of(), first.notFound());
    assertTrue(new TreeSet<>(first.ifIndexByName().values()).first() >= 501, "sparse MX-like indexes");

    long before = poller.laneOf(v3).requests();
    PollOutcome.Reached second = reached(v3, plan.next(first));
    int perRequest = SnmpPoller.DEFAULT_MAX_VARBINDS / IfMib.READ_COLUMNS.size();
    assertEquals((100 + perRequest - 1) / perRequest, poller.laneOf(v3).requests() - before, "GETs only");
    assertEquals(first.ifIndexByName(), second.ifIndexByName());
  }

  @Test
  void ratesFollowTheSimulatedTraffic() throws Exception {
    SimulatedSnmpAgent agent = agent(4);
    agent.interfaceNamed(unit(1)).traffic(80e6, 20e6);
    PollPlan plan = PollPlan.firstTime(units(4));
    PollOutcome.Reached r0 = reached(v2c(agent), plan);
    clock.advance(Duration.ofSeconds(60));
    PollOutcome.Reached r1 = reached(v2c(agent), plan.next(r0));

    RateResult.Rates rates = assertInstanceOf(RateResult.Rates.class, rate(r0, r1, unit(1)));
    assertEquals(80e6, rates.inBps(), 80e6 * 0.001);
    assertEquals(20e6, rates.outBps(), 20e6 * 0.001);
    assertEquals(8.0, rates.utilisationPercent(), 0.01, "80 Mb/s of a 1 Gb/s ge- unit");
  }

  @Test
  void aSixtyFourBitWrapIsADiscontinuityNeverAGiantRate() throws Exception {
    SimulatedSnmpAgent agent = agent(2);
    agent.interfaceNamed(unit(0)).traffic(8e6, 0).setHcCounters(-1_000L, 0);
    PollPlan plan = PollPlan.firstTime(units(2));
    PollOutcome.Reached r0 = reached(v2c(agent), plan);
    clock.advance(Duration.ofSeconds(10));
    PollOutcome.Reached r1 = reached(v2c(agent), plan.next(r0));

    assertTrue(Long.compareUnsigned(r1.readings().get(unit(0)).hcInOctets(), 10_000_000L) < 0, "wrapped");
    assertInstanceOf(RateResult.Discontinuity.class, rate(r0, r1, unit(0)));
  }

  @Test
  void thirtyTwoBitOnlyInterfacesWrapOnceAtTwoToThe32() throws Exception {
    SimulatedSnmpAgent agent = agent(2);
    agent.interfaceNamed(unit(1)).hcCounters(false).traffic(800e6, 0).setHcCounters((1L << 32) - 50_000_000L, 0);
    PollPlan plan = PollPlan.firstTime(units(2));
    PollOutcome.Reached r0 = reached(v2c(agent), plan);
    clock.advance(Duration.ofSeconds(1));
    PollOutcome.Reached r1 = reached(v2c(agent), plan.next(r0));

    InterfaceReading before = r0.readings().get(unit(1));
    assertNull(before.hcInOctets());
    assertNotNull(before.inOctets32());
    assertTrue(r1.readings().get(unit(1)).inOctets32() < before.inOctets32(), "wrapped");
    RateResult.Rates rates = assertInstanceOf(RateResult.Rates.class, rate(r0, r1, unit(1)));
    assertEquals(800e6, rates.inBps(), 800e6 * 0.001);
    assertTrue(r1.readings().get(unit(0)).hasHighCapacityCounters(), "its neighbour has HC counters");
  }

  @Test
  void aRestartIsSeenAndRenumberedInterfacesAreFoundAgain() throws Exception {
    SimulatedSnmpAgent agent = agent(4);
    agent.interfaceNamed(unit(2)).traffic(1e6, 1e6);
    PollPlan plan = PollPlan.firstTime(units(4));
    clock.advance(Duration.ofSeconds(100));
    PollOutcome.Reached r0 = reached(v2c(agent), plan);

    agent.restart();
    agent.removeInterface(unit(3));
    agent.addInterface(unit(3), 9999, 0);
    clock.advance(Duration.ofSeconds(10));
    PollOutcome.Reached r1 = reached(v2c(agent), plan.next(r0));

    assertTrue(r1.agentRestarted());
    assertEquals(9999, r1.ifIndexByName().get(unit(3)));
    assertEquals(9999, r1.readings().get(unit(3)).ifIndex());
    assertInstanceOf(RateResult.Discontinuity.class, rate(r0, r1, unit(2)));
  }

  @Test
  void aRenamedIndexIsNoticedInTheCountersGet() throws Exception {
    SimulatedSnmpAgent agent = agent(3);
    PollPlan plan = PollPlan.firstTime(units(3));
    PollOutcome.Reached r0 = reached(v2c(agent), plan);
    agent.removeInterface(unit(1));
    agent.addInterface(unit(1), 7777, 0);

    PollOutcome.Reached r1 = reached(v2c(agent), plan.next(r0));

    assertFalse(r1.agentRestarted());
    assertEquals(7777, r1.ifIndexByName().get(unit(1)));
    assertEquals(3, r1.readings().size());
  }

  @Test
  void aMutedAgentIsUnreachableInTimeWhileOthersAreNotDelayed() throws Exception {
    List<SimulatedSnmpAgent> agents = List.of(agent(20), agent(20), agent(20));
    agents.get(1).mute(true);
    PollPlan plan = PollPlan.firstTime(units(20));
    List<CompletableFuture<PollOutcome>> polls = new ArrayList<>();
    long start = System.nanoTime();
    for (SimulatedSnmpAgent a : agents) {
      polls.add(poller.poll(v2c(a).withTimeout(Duration.ofMillis(400), 1), plan).toCompletableFuture());
    }
    PollOutcome.Reached fast = assertInstanceOf(PollOutcome.Reached.class, polls.get(0).get());
    assertInstanceOf(PollOutcome.Reached.class, polls.get(2).get());
    long othersMillis = (System.nanoTime() - start) / 1_000_000;
    PollOutcome.Unreachable dead = assertInstanceOf(PollOutcome.Unreachable.class, polls.get(1).get());
    long deadMillis = (System.nanoTime() - start) / 1_000_000;

    assertEquals("timeout after 1 retries", dead.reason());
    assertTrue(deadMillis >= 790 && deadMillis < 1_600, "dead after " + deadMillis + " ms (2 x 400 ms)");
    assertTrue(othersMillis < 400, "the others took " + othersMillis + " ms");
    assertEquals(20, fast.readings().size());
  }

  @ParameterizedTest
  @EnumSource(value = BulkFault.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void getBulkMisbehaviourFallsBackToGetNextAndIsRemembered(BulkFault fault) throws Exception {
    SimulatedSnmpAgent agent = agent(30);
    agent.bulkFault(fault);
    AgentTarget target =
        new AgentTarget(1, agent.host(), agent.port(), new SnmpCredentials.V2c(COMMUNITY),
            Duration.ofMillis(300), 1, 10, 4);

    PollOutcome.Reached first = reached(target, PollPlan.firstTime(units(30)));
    assertEquals(30, first.readings().size());
    assertNotNull(poller.laneOf(target).getBulkFault(), "fault noticed");

    long start = System.nanoTime();
    PollOutcome.Reached again = reached(target, PollPlan.firstTime(units(30)));
    assertEquals(first.ifIndexByName(), again.ifIndexByName());
    assertTrue((System.nanoTime() - start) / 1_000_000 < 300, "no second GETBULK timeout");
  }

  @Test
  void aWellBehavedAgentKeepsGetBulk() throws Exception {
    SimulatedSnmpAgent agent = agent(30);
    AgentTarget target = v2c(agent);
    reached(target, PollPlan.firstTime(units(30)));
    assertNull(poller.laneOf(target).getBulkFault());
  }

  @Test
  void trapsFromTheSimulatorArriveAsReceivedTraps() throws Exception {
    BlockingQueue<ReceivedTrap> received = new LinkedBlockingQueue<>();
    TrapReceiver receiver = new TrapReceiver("127.0.0.1", 0, received::add);
    opened.add(receiver);
    receiver.registerUser(new SnmpCredentials.V3("trapper", SnmpCredentials.AuthProtocol.SHA256, AUTH,
        SnmpCredentials.PrivProtocol.AES256, PRIV));
    SimulatedSnmpAgent agent = agent(3);
    agent.trapTarget("127.0.0.1", receiver.port(), COMMUNITY);
    agent.trapTargetV3("127.0.0.1", receiver.port(), "trapper", AuthProtocol.SHA256, AUTH, PrivProtocol.AES256, PRIV);
    int ifIndex = agent.interfaceNamed(unit(2)).ifIndex();

    agent.interfaceNamed(unit(2)).setOperStatus(org.ccpe.simulator.snmp.OperStatus.DOWN);

    for (int i = 0; i < 2; i++) { // one v2c, one v3
      ReceivedTrap trap = received.poll(10, TimeUnit.SECONDS);
      assertNotNull(trap, "trap " + i);
      assertEquals(TrapKind.LINK_DOWN, trap.kind());
      assertEquals(ifIndex, trap.ifIndex().orElseThrow());
      assertEquals(unit(2), trap.ifName().orElseThrow());
    }
  }

  private static RateResult rate(PollOutcome.Reached r0, PollOutcome.Reached r1, String name) {
    return RateCalculator.between(r0.at(), r0.sysUpTimeTicks(), r0.readings().get(name),
        r1.at(), r1.sysUpTimeTicks(), r1.readings().get(name));
  }
}
