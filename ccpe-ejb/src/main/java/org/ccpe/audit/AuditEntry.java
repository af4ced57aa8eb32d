package org.ccpe.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded change; never updated once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_audit_id")
  @SequenceGenerator(name = "ccpe_audit_id", sequenceName = "ccpe_audit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 128)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "entity_type", nullable = false, length = 32)
  private String entityType;

  @Column(name = "entity_id")
  private Long entityId;

  @Column(name = "entity_name", length = 255)
  private String entityName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AuditAction action;

  @Column(name = "state_before")
  private String before;

  @Column(name = "state_after")
  private String after;

  protected AuditEntry() {}

  AuditEntry(String actor, Channel channel, String entityType, Long entityId, String entityName,
      AuditAction action, String before, String after) {
    this.occurredAt = Instant.now();
    this.actor = actor;
    this.channel = channel;
    this.entityType = entityType;
    this.entityId = entityId;
    this.entityName = entityName;
    this.action = action;
    this.before = before;
    this.after = after;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getEntityType() {
    return entityType;
  }

  public Long getEntityId() {
    return entityId;
  }

  public String getEntityName() {
    return entityName;
  }

  public AuditAction getAction() {
    return action;
  }

  /** The entity's state before the change as JSON, or null for a creation. */
  public String getBefore() {
    return before;
  }

  /** The entity's state after the change as JSON, or null for a deletion. */
  public String getAfter() {
    return after;
  }
}
