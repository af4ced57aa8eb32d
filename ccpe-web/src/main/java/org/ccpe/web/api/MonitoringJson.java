package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.monitoring.MonitoringService.PollStatus;
import org.ccpe.monitoring.RouterMonitoring;

/** A router's monitoring settings and how its polling goes. */
public record MonitoringJson(long routerId, boolean enabled, int pollIntervalSeconds, int timeoutMs, int retries,
    int maxRepetitions, int maxOutstanding, Instant nextPollAt, Instant lastSuccessAt, int failures,
    String lastError) {

  static MonitoringJson of(RouterMonitoring m, PollStatus status) {
    return new MonitoringJson(m.getRouterId(), m.isEnabled(), m.getPollIntervalSeconds(), m.getTimeoutMs(),
        m.getRetries(), m.getMaxRepetitions(), m.getMaxOutstanding(), status.nextPollAt(), status.lastSuccessAt(),
        status.failures(), status.lastError());
  }
}
