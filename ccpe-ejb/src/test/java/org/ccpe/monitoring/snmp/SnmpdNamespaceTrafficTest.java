package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The poller against a real snmpd whose IF-MIB is a private network namespace of veth pairs:
 * real frames through a real interface, real counters, and the rate we compute from them.
 */
@Timeout(120)
class SnmpdNamespaceTrafficTest {

  private static final Set<String> LINKS = Set.of("xe-0-0-0.1", "xe-0-0-0.2", "xe-0-0-0.3", "xe-0-0-0.4");

  private static SnmpdPeer snmpd;
  private static SnmpPoller poller;

  @BeforeAll
  static void start() {
    snmpd = SnmpdPeer.withVethPairs(4);
    poller = new SnmpPoller();
  }

  @AfterAll
  static void stop() throws Exception {
    SnmpdPeer.closeAll(poller, snmpd);
  }

  private static PollOutcome.Reached poll(PollPlan plan) throws Exception {
    PollOutcome outcome = poller.poll(snmpd.v2c(), plan).toCompletableFuture().get(30, TimeUnit.SECONDS);
    return assertInstanceOf(PollOutcome.Reached.class, outcome, outcome::toString);
  }

  @Test
  void theRateMatchesTheBytesSentThroughAVethPair() throws Exception {
    PollOutcome.Reached before = poll(PollPlan.firstTime(LINKS));
    long bytes = 200_000_000;

    snmpd.send("xe-0-0-0.1", bytes);
    PollOutcome.Reached after = poll(PollPlan.firstTime(LINKS).next(before));
    // snmpd serves counters from a cache of a few seconds: look again until they moved, 10 s at most
    for (int i = 0; i < 20 && moved(before, after) < bytes - 65_014; i++) {
      Thread.sleep(500);
      after = poll(PollPlan.firstTime(LINKS).next(after));
    }

    InterfaceReading out0 = before.readings().get("xe-0-0-0.1");
    InterfaceReading out1 = after.readings().get("xe-0-0-0.1");
    InterfaceReading in0 = before.readings().get("xe-0-0-0.2");
    InterfaceReading in1 = after.readings().get("xe-0-0-0.2");
    long sent = out1.hcOutOctets() - out0.hcOutOctets();
    long arrived = in1.hcInOctets() - in0.hcInOctets();
    assertTrue(sent >= bytes - 65_014 && sent < bytes * 1.01, "sent " + sent + " of " + bytes);
    assertTrue(arrived >= bytes - 65_014 && arrived < bytes * 1.01, "arrived " + arrived);

    RateResult.Rates tx = assertInstanceOf(RateResult.Rates.class, RateCalculator.between(
        before.at(), before.sysUpTimeTicks(), out0, after.at(), after.sysUpTimeTicks(), out1));
    double seconds = (after.at().toEpochMilli() - before.at().toEpochMilli()) / 1000.0;
    assertEquals(sent * 8 / seconds, tx.outBps(), sent * 8 / seconds * 0.01);
    assertTrue(tx.outBps() > 0 && tx.utilisationPercent() < 100, tx.toString());
    assertEquals(10_000, out1.highSpeedMbps(), "veth says 10 Gb/s");
  }

  private static long moved(PollOutcome.Reached before, PollOutcome.Reached after) {
    return after.readings().get("xe-0-0-0.1").hcOutOctets() - before.readings().get("xe-0-0-0.1").hcOutOctets();
  }

  @Test
  void aDownedInterfaceReadsDown() throws Exception {
    snmpd.ip("link", "set", "dev", "xe-0-0-0.3", "down");
    try {
      PollOutcome.Reached now = poll(PollPlan.firstTime(LINKS));
      // snmpd reads interface status from a cache of a few seconds: look again, for 10 s at most
      for (int i = 0; i < 20 && now.readings().get("xe-0-0-0.3").adminStatus() == AdminStatus.UP; i++) {
        Thread.sleep(500);
        now = poll(PollPlan.firstTime(LINKS).next(now));
      }
      assertEquals(AdminStatus.DOWN, now.readings().get("xe-0-0-0.3").adminStatus());
      assertEquals(OperStatus.DOWN, now.readings().get("xe-0-0-0.3").operStatus());
      assertEquals(AdminStatus.UP, now.readings().get("xe-0-0-0.4").adminStatus());
      assertTrue(now.readings().get("xe-0-0-0.4").operStatus() != OperStatus.UP, "its veth peer is down");
    } finally {
      snmpd.ip("link", "set", "dev", "xe-0-0-0.3", "up");
    }
  }
}
