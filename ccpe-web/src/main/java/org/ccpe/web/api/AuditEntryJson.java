package org.ccpe.web.api;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.Instant;
import org.ccpe.audit.AuditEntry;

/** One audit entry; before and after are the entity's state as JSON objects. */
public record AuditEntryJson(
    long id,
    Instant occurredAt,
    String actor,
    String channel,
    String entityType,
    Long entityId,
    String entityName,
    String action,
    @JsonbTypeSerializer(RawJson.class) String before,
    @JsonbTypeSerializer(RawJson.class) String after) {

  static AuditEntryJson of(AuditEntry a) {
    return new AuditEntryJson(a.getId(), a.getOccurredAt(), a.getActor(), RouterJson.lower(a.getChannel()),
        a.getEntityType(), a.getEntityId(), a.getEntityName(), RouterJson.lower(a.getAction()),
        a.getBefore(), a.getAfter());
  }
}
