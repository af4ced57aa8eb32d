package org.ccpe.web.api;

import java.time.Instant;
import java.util.List;
import org.ccpe.diagnostics.FunctionalAudit;
import org.ccpe.diagnostics.FunctionalAuditPair;

/**
 * A functional audit: {@code queued}, {@code running}, {@code done} or {@code failed}, with each
 * pair's result as it comes ({@code pending}, {@code up}, {@code down}, {@code error}).
 */
public record FunctionalAuditJson(long id, long customerId, String state, String requestedBy, Instant createdAt,
    Instant startedAt, Instant finishedAt, String message, List<Pair> pairs) {

  /** One origin site pinging one destination site; RTTs in milliseconds, null when nothing answered. */
  public record Pair(Site origin, Site destination, String routingInstance, String state, Integer probesSent,
      Integer probesReceived, Integer packetLossPercent, Double rttMinMs, Double rttAvgMs, Double rttMaxMs,
      String message) {}

  public record Site(long id, String name, String address) {}

  public static FunctionalAuditJson of(FunctionalAudit a) {
    return new FunctionalAuditJson(a.getId(), a.getCustomerId(), RouterJson.lower(a.getState()), a.getRequestedBy(),
        a.getCreatedAt(), a.getStartedAt(), a.getFinishedAt(), a.getMessage(),
        a.getPairs().stream().map(FunctionalAuditJson::pair).toList());
  }

  private static Pair pair(FunctionalAuditPair p) {
    return new Pair(new Site(p.getOriginSiteId(), p.getOriginSiteName(), p.getSourceAddress()),
        new Site(p.getDestinationSiteId(), p.getDestinationSiteName(), p.getTargetAddress()), p.getRoutingInstance(),
        RouterJson.lower(p.getState()), p.getProbesSent(), p.getProbesReceived(), p.getPacketLoss(), p.getRttMinMs(),
        p.getRttAvgMs(), p.getRttMaxMs(), p.getMessage());
  }
}
