package org.ccpe.audit;

import java.time.Instant;

/** Which audit entries to list; null fields do not filter. */
public record AuditFilter(
    String entityType, Long entityId, String actor, Channel channel, Instant from, Instant to) {
  public static AuditFilter none() {
    return new AuditFilter(null, null, null, null, null, null);
  }
}
