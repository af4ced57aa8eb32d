package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.provisioning.ProvisioningJob;

/** A provisioning job: what was asked, by whom, how far it got, what the router said. */
public record JobJson(long id, String state, String kind, long routerId, Long siteId, Long customerId,
    String siteName, String routingInstance, Long revision, String requestedBy, String channel, int attempts,
    Instant createdAt, Instant nextAttemptAt, Instant startedAt, Instant finishedAt, String commitBatch,
    String diff, String message, String errorPath) {

  static JobJson of(ProvisioningJob j) {
    return new JobJson(j.getId(), RouterJson.lower(j.getState()), RouterJson.lower(j.getKind()), j.getRouterId(),
        j.getSiteId(), j.getCustomerId(), j.getSiteName(), j.getRoutingInstance(), j.getRevision(),
        j.getRequestedBy(), RouterJson.lower(j.getChannel()), j.getAttempts(), j.getCreatedAt(),
        j.getNextAttemptAt(), j.getStartedAt(), j.getFinishedAt(), j.getCommitBatch(), j.getDiff(),
        j.getMessage(), j.getErrorPath());
  }
}
