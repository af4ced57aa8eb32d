package org.ccpe.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where one commit's time went, phase by phase (claim, render, load, check, diff, the router's
 * commits, verify, record...), logged with the batch so a slow commit says by itself whether the
 * router or the engine was slow. A phase that runs several times (a retried load) adds up.
 */
final class PhaseTimes {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long mark = System.nanoTime();

  /** Ends the phase running since the last mark, charging its time to {@code phase}. */
  synchronized void end(String phase) {
    long now = System.nanoTime();
    nanos.merge(phase, now - mark, Long::sum);
    mark = now;
  }

  /** Restarts the clock without charging anything (time spent elsewhere, e.g. in another bean). */
  synchronized void restart() {
    mark = System.nanoTime();
  }

  synchronized long millis(String phase) {
    return nanos.getOrDefault(phase, 0L) / 1_000_000;
  }

  synchronized long totalMillis() {
    return nanos.values().stream().mapToLong(Long::longValue).sum() / 1_000_000;
  }

  @Override
  public synchronized String toString() {
    return nanos.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue() / 1_000_000)
        .collect(Collectors.joining(", ", "", " ms"));
  }
}
