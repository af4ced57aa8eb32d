package org.ccpe.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened, told to subscribers as it is: its type, the customer it belongs to
 * (null for provider-wide events such as an import of many customers) and a small JSON-able map.
 *
 * <p>Fire it with a plain {@code Event<DomainEvent>} inside the transaction of the change: the
 * observers are synchronous ({@code @Observes}, transaction phase IN_PROGRESS), so what they
 * store commits with the change or not at all.
 *
 * @param id unique per event; a subscriber that sees an id twice (a retried delivery) ignores it
 */
public record DomainEvent(String id, String type, Long customerId, Map<String, Object> data, Instant at) {
  public static final String JOB_STATE_CHANGED = "job.state-changed";
  public static final String ALARM_RAISED = "alarm.raised";
  public static final String ALARM_CLEARED = "alarm.cleared";
  public static final String IMPORT_FINISHED = "import.finished";
  public static final String DRIFT_DETECTED = "drift.detected";
  /** Sent only by a subscription's test-delivery action, never by the system. */
  public static final String TEST = "webhook.test";

  public DomainEvent {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    data = Map.copyOf(withoutNulls(data));
    Objects.requireNonNull(at);
  }

  public static DomainEvent of(String type, Long customerId, Map<String, ?> data) {
    return new DomainEvent(UUID.randomUUID().toString(), type, customerId, withoutNulls(data), Instant.now());
  }

  /** A site's router configuration differs from what we intend for it. */
  public static DomainEvent driftDetected(long customerId, long siteId, String routingInstance, String diff) {
    return of(DRIFT_DETECTED, customerId, Map.of("siteId", siteId, "routingInstance", routingInstance, "diff", diff));
  }

  /** An import stored its document; {@code counts} as in the import's report. */
  public static DomainEvent importFinished(Map<String, ? extends Map<String, Integer>> counts) {
    return of(IMPORT_FINISHED, null, Map.of("counts", counts));
  }

  private static Map<String, Object> withoutNulls(Map<String, ?> data) {
    Map<String, Object> kept = new LinkedHashMap<>();
    if (data != null) {
      data.forEach((k, v) -> {
        if (v != null) {
          kept.put(k, v);
        }
      });
    }
    return kept;
  }
}
