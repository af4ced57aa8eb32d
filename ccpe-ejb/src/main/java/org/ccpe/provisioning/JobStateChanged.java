package org.ccpe.provisioning;

import java.time.Instant;
import java.util.Locale;

/**
 * A provisioning job entered a state: fired synchronously (CDI {@code Event.fire}) inside the
 * transaction that changed it, once per job and change, so an observer can write an outbox row
 * that commits or rolls back together with the job.
 *
 * @param state the job's state as the API names it: {@code queued}, {@code committing},
 *     {@code committed}, {@code failed} or {@code unknown} (see {@link JobState})
 * @param message what the router or the engine said, or null
 * @param at when the job entered the state
 */
public record JobStateChanged(long jobId, long siteId, long customerId, long routerId, String state,
    String message, Instant at) {

  static JobStateChanged of(ProvisioningJob job, Instant at) {
    return new JobStateChanged(job.getId(), orZero(job.getSiteId()), orZero(job.getCustomerId()), job.getRouterId(),
        job.getState().name().toLowerCase(Locale.ROOT), job.getMessage(), at);
  }

  private static long orZero(Long id) {
    return id == null ? 0 : id;
  }
}
