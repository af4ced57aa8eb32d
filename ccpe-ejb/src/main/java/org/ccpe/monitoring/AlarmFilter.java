package org.ccpe.monitoring;

import java.util.List;

/** Filters of the alarm list; null means "any". */
public record AlarmFilter(List<AlarmState> states, Severity severity, Long customerId, Long siteId) {
  public static final List<AlarmState> ACTIVE = List.of(AlarmState.ACTIVE, AlarmState.ACKNOWLEDGED);

  public static AlarmFilter none() {
    return new AlarmFilter(null, null, null, null);
  }
}
