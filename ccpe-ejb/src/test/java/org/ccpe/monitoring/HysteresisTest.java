package org.ccpe.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ccpe.monitoring.Hysteresis.Action;
import org.junit.jupiter.api.Test;

class HysteresisTest {
  private final Hysteresis use = new Hysteresis(90, 80, 2);

  @Test
  void oneSpikeRaisesNothing() {
    Hysteresis.Step first = use.next(0, false, 95);
    Hysteresis.Step dip = use.next(first.highCount(), false, 70);

    assertEquals(Action.NONE, first.action());
    assertEquals(Action.NONE, dip.action());
    assertEquals(0, dip.highCount());
  }

  @Test
  void raisesOnTheSecondConsecutiveSampleAtTheThreshold() {
    Hysteresis.Step first = use.next(0, false, 90);
    Hysteresis.Step second = use.next(first.highCount(), false, 90.5);

    assertEquals(Action.RAISE, second.action());
    assertEquals(2, second.highCount());
  }

  @Test
  void anActiveAlarmIsNotRaisedAgain() {
    assertEquals(Action.NONE, use.next(5, true, 99).action());
  }

  @Test
  void staysActiveBetweenTheThresholdsAndClearsOnlyBelowTheLowerOne() {
    assertEquals(Action.NONE, use.next(2, true, 85).action());
    assertEquals(Action.NONE, use.next(0, true, 80).action());
    assertEquals(Action.CLEAR, use.next(0, true, 79.9).action());
  }

  @Test
  void aClearedAlarmNeedsTwoHighSamplesAgain() {
    assertEquals(Action.NONE, use.next(0, false, 95).action());
  }

  @Test
  void refusesAClearThresholdAboveTheRaiseThreshold() {
    assertThrows(IllegalArgumentException.class, () -> new Hysteresis(80, 90, 2));
  }
}
