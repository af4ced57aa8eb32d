package org.ccpe.monitoring;

import org.ccpe.common.Violations;

/**
 * A router's monitoring settings as a client sends them; absent fields keep their current value.
 * {@link #validate} checks every field and names the broken ones.
 */
public record MonitoringSpec(Boolean enabled, Integer pollIntervalSeconds, Integer timeoutMs, Integer retries,
    Integer maxRepetitions, Integer maxOutstanding) {

  /** Checked values, every field present. */
  public record Valid(boolean enabled, int pollIntervalSeconds, int timeoutMs, int retries, int maxRepetitions,
      int maxOutstanding) {}

  Valid validate(RouterMonitoring current) {
    Violations v = new Violations();
    Valid valid = new Valid(
        enabled == null ? current.isEnabled() : enabled,
        v.inRange("pollIntervalSeconds", pollIntervalSeconds, 1, 86_400, current.getPollIntervalSeconds()),
        v.inRange("timeoutMs", timeoutMs, 100, 60_000, current.getTimeoutMs()),
        v.inRange("retries", retries, 0, 10, current.getRetries()),
        v.inRange("maxRepetitions", maxRepetitions, 1, 100, current.getMaxRepetitions()),
        v.inRange("maxOutstanding", maxOutstanding, 1, 64, current.getMaxOutstanding()));
    v.throwIfAny();
    return valid;
  }
}
