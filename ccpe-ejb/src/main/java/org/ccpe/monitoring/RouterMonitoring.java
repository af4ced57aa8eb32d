package org.ccpe.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one router is polled, keyed by the router's id; a router without a row is polled with the
 * defaults. The SNMP credentials stay on the router (inventory): these are only the poller's
 * patience and pace.
 */
@Entity
@Table(name = "router_monitoring")
public class RouterMonitoring {
  static final int DEFAULT_INTERVAL_SECONDS = 60;

  @Id
  @Column(name = "router_id")
  private long routerId;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "poll_interval_seconds", nullable = false)
  private int pollIntervalSeconds = DEFAULT_INTERVAL_SECONDS;

  @Column(name = "timeout_ms", nullable = false)
  private int timeoutMs = 2_000;

  @Column(nullable = false)
  private int retries = 2;

  @Column(name = "max_repetitions", nullable = false)
  private int maxRepetitions = 50;

  @Column(name = "max_outstanding", nullable = false)
  private int maxOutstanding = 4;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RouterMonitoring() {}

  /** The defaults for a router that has no row yet. */
  public static RouterMonitoring defaults(long routerId) {
    RouterMonitoring m = new RouterMonitoring();
    m.routerId = routerId;
    return m;
  }

  void apply(MonitoringSpec.Valid spec) {
    enabled = spec.enabled();
    pollIntervalSeconds = spec.pollIntervalSeconds();
    timeoutMs = spec.timeoutMs();
    retries = spec.retries();
    maxRepetitions = spec.maxRepetitions();
    maxOutstanding = spec.maxOutstanding();
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now();
  }

  public Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("enabled", enabled);
    view.put("pollIntervalSeconds", pollIntervalSeconds);
    view.put("timeoutMs", timeoutMs);
    view.put("retries", retries);
    view.put("maxRepetitions", maxRepetitions);
    view.put("maxOutstanding", maxOutstanding);
    return view;
  }

  public long getRouterId() {
    return routerId;
  }

  public long getVersion() {
    return version;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getPollIntervalSeconds() {
    return pollIntervalSeconds;
  }

  public Duration pollInterval() {
    return Duration.ofSeconds(pollIntervalSeconds);
  }

  public int getTimeoutMs() {
    return timeoutMs;
  }

  public int getRetries() {
    return retries;
  }

  public int getMaxRepetitions() {
    return maxRepetitions;
  }

  public int getMaxOutstanding() {
    return maxOutstanding;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
