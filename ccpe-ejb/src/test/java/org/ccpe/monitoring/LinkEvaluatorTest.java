package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.ccpe.monitoring.snmp.AdminStatus;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.OperStatus;
import org.junit.jupiter.api.Test;

/** Status transitions and the alarms they raise and clear; the rates themselves are the poller's. */
class LinkEvaluatorTest {
  private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  private final LinkEvaluator evaluator = new LinkEvaluator(MonitoringSettings.current());

  @Test
  void aFirstReadingSetsTheStatusWithoutASampleOrAlarm() {
    LinkState link = link();

    LinkEvaluator.Evaluation e = evaluator.reading(link, T0, 1000, false, reading(OperStatus.UP));

    assertEquals(LinkStatus.UP, link.status);
    assertEquals(T0, link.statusSince);
    assertNull(e.sample(), "no rate from a single reading");
    assertTrue(e.alarms().isEmpty());
    assertEquals(7, link.ifIndex, "ifIndex cached");
  }

  @Test
  void aLinkThatGoesDownRaisesOnceAndComingUpClears() {
    LinkState link = link();
    evaluator.reading(link, T0, 1000, false, reading(OperStatus.UP));

    List<AlarmChange> down = evaluator.trap(link, false, T0.plusSeconds(5)).alarms();
    List<AlarmChange> stillDown = evaluator.reading(link, T0.plusSeconds(60), 7000, true,
        reading(OperStatus.LOWER_LAYER_DOWN)).alarms();
    List<AlarmChange> up = evaluator.trap(link, true, T0.plusSeconds(90)).alarms();

    assertEquals(List.of(AlarmChange.raise(AlarmCause.ACCESS_LINK_DOWN, "operational status down")), down);
    assertTrue(stillDown.isEmpty(), "no second raise while down");
    assertEquals(List.of(AlarmChange.clear(AlarmCause.ACCESS_LINK_DOWN)), up);
    assertEquals(T0.plusSeconds(90), link.statusSince);
  }

  @Test
  void aFirstReadingOfADownLinkRaises() {
    LinkState link = link();

    List<AlarmChange> alarms = evaluator.reading(link, T0, 1000, false, reading(OperStatus.DOWN)).alarms();

    assertEquals(LinkStatus.DOWN, link.status);
    assertEquals(AlarmCause.ACCESS_LINK_DOWN, alarms.get(0).cause());
  }

  @Test
  void notKnowingIsNotRecovering() {
    LinkState link = link();
    evaluator.reading(link, T0, 1000, false, reading(OperStatus.DOWN));

    List<AlarmChange> unreachable = evaluator.unreachable(link, T0.plusSeconds(60)).alarms();

    assertEquals(LinkStatus.UNKNOWN, link.status);
    assertTrue(unreachable.isEmpty(), "the link-down alarm stays while the router is unreachable");
    assertEquals(1000L, link.sysUpTimeTicks, "counters kept for the next rate");
  }

  @Test
  void anInterfaceTheRouterLacksIsUnknownAndForgetsItsIndex() {
    LinkState link = link();
    evaluator.reading(link, T0, 1000, false, reading(OperStatus.UP));

    evaluator.notFound(link, T0.plusSeconds(60));

    assertEquals(LinkStatus.UNKNOWN, link.status);
    assertNull(link.ifIndex);
    assertNull(link.lastReading);
  }

  @Test
  void operationalStatesMapToUpDownOrUnknown() {
    assertEquals(LinkStatus.UP, LinkEvaluator.statusOf(OperStatus.UP));
    assertEquals(LinkStatus.DOWN, LinkEvaluator.statusOf(OperStatus.DORMANT));
    assertEquals(LinkStatus.DOWN, LinkEvaluator.statusOf(OperStatus.LOWER_LAYER_DOWN));
    assertEquals(LinkStatus.UNKNOWN, LinkEvaluator.statusOf(OperStatus.NOT_PRESENT));
  }

  @Test
  void utilisationRaisesAfterTwoHighSamplesHoldsBetweenTheThresholdsAndClearsBelowTheLowerOne() {
    LinkState link = link();
    Counter octets = new Counter();
    evaluator.reading(link, T0, 0, false, reading(OperStatus.UP, octets.value));

    List<AlarmChange> first = minute(link, octets, 1, 95);
    List<AlarmChange> second = minute(link, octets, 2, 92);
    List<AlarmChange> between = minute(link, octets, 3, 85);
    List<AlarmChange> below = minute(link, octets, 4, 70);

    assertTrue(first.isEmpty(), "one high sample raises nothing");
    assertEquals(AlarmCause.HIGH_UTILISATION, second.get(0).cause());
    assertTrue(second.get(0).raise());
    assertTrue(between.isEmpty(), "85 % keeps the alarm");
    assertEquals(List.of(AlarmChange.clear(AlarmCause.HIGH_UTILISATION)), below);
    assertEquals(70, link.utilisation, 0.01);
  }

  @Test
  void aSampleCarriesTheRatesBetweenTwoReadings() {
    LinkState link = link();
    Counter octets = new Counter();
    evaluator.reading(link, T0, 0, false, reading(OperStatus.UP, octets.value));
    octets.value += 60L * 125_000_000 / 2; // 500 Mbit/s on a 1,000 Mbit/s interface for a minute

    LinkSample sample = evaluator.reading(link, T0.plusSeconds(60), 6000, false,
        reading(OperStatus.UP, octets.value)).sample();

    assertEquals(500e6, sample.inBps(), 1);
    assertEquals(50, sample.utilisationPercent(), 0.01);
    assertEquals(T0.plusSeconds(60), sample.at());
  }

  @Test
  void anAgentThatRestartedGivesNoSample() {
    LinkState link = link();
    evaluator.reading(link, T0, 50_000, false, reading(OperStatus.UP, 1_000_000));

    assertNull(evaluator.reading(link, T0.plusSeconds(60), 100, true, reading(OperStatus.UP, 10)).sample());
  }

  private static final class Counter {
    long value = 1_000;
  }

  /** One more minute at {@code percent} of 1,000 Mbit/s, read at minute {@code n}. */
  private List<AlarmChange> minute(LinkState link, Counter octets, int n, double percent) {
    octets.value += (long) (60L * 125_000_000 * percent / 100);
    return evaluator.reading(link, T0.plusSeconds(60L * n), 6000L * n, false, reading(OperStatus.UP, octets.value))
        .alarms();
  }

  static LinkState link() {
    return new LinkState(11, 1, "ge-0/0/1.100", 21, 31, "mx1 ge-0/0/1.100 (acme/hq)", false);
  }

  static InterfaceReading reading(OperStatus oper) {
    return reading(oper, 1_000);
  }

  static InterfaceReading reading(OperStatus oper, long inOctets) {
    return new InterfaceReading(7, "ge-0/0/1.100", oper, AdminStatus.UP, inOctets, 2_000L, 10L, 20L, null, null,
        null, null, 0, 0, 0, 0, 1000, 0);
  }
}
