package org.ccpe.common;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;

/**
 * Persistent interval timers recreated at every start with the interval configured now: a timer
 * left from the last run (the database timer store keeps it) is cancelled first, so a changed
 * interval applies and no bean ends up with two.
 */
public final class IntervalTimers {
  private IntervalTimers() {}

  public static void restart(TimerService timers, String name, Duration interval) {
    for (Timer timer : timers.getTimers()) {
      if (name.equals(timer.getInfo())) {
        timer.cancel();
      }
    }
    long millis = interval.toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig(name, true));
  }
}
