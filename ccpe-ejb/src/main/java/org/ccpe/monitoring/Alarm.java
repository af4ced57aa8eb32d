package org.ccpe.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One alarm, from raise to clear, kept as history afterwards. While active it holds its dedup key
 * in {@code activeKey} (unique), so the database itself refuses a second active alarm of one cause
 * about one subject, even from two cluster nodes at once.
 */
@Entity
@Table(name = "alarm")
public class Alarm {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alarm_id")
  @SequenceGenerator(name = "alarm_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "dedup_key", nullable = false, length = 80)
  private String dedupKey;

  @Column(name = "active_key", length = 80)
  private String activeKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AlarmCause cause;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AlarmState state;

  @Column(name = "router_id", nullable = false)
  private long routerId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "site_id")
  private Long siteId;

  @Column(name = "access_link_id")
  private Long accessLinkId;

  @Column(nullable = false, length = 255)
  private String subject;

  @Column(length = 1000)
  private String detail;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "cleared_at")
  private Instant clearedAt;

  @Column(name = "cleared_by", length = 128)
  private String clearedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledged_by", length = 128)
  private String acknowledgedBy;

  protected Alarm() {}

  Alarm(AlarmSubject about, AlarmCause cause, String detail, Instant at) {
    this.cause = cause;
    this.severity = cause.severity();
    this.dedupKey = cause.key(cause.aboutRouter() ? about.routerId() : about.accessLinkId());
    this.activeKey = dedupKey;
    this.state = AlarmState.ACTIVE;
    this.routerId = about.routerId();
    this.customerId = about.customerId();
    this.siteId = about.siteId();
    this.accessLinkId = about.accessLinkId();
    this.subject = truncated(about.name(), 255);
    this.detail = truncated(detail, 1000);
    this.raisedAt = at;
  }

  void clear(String by, Instant at) {
    state = AlarmState.CLEARED;
    activeKey = null;
    clearedBy = by;
    clearedAt = at;
  }

  /** Returns false when it was acknowledged already (the first acknowledgement stands). */
  boolean acknowledge(String by, Instant at) {
    if (acknowledgedAt != null) {
      return false;
    }
    acknowledgedBy = by;
    acknowledgedAt = at;
    if (state == AlarmState.ACTIVE) {
      state = AlarmState.ACKNOWLEDGED;
    }
    return true;
  }

  AlarmRaised raised() {
    return new AlarmRaised(id, cause, severity, customerId, siteId, accessLinkId, routerId, raisedAt);
  }

  AlarmCleared cleared() {
    return new AlarmCleared(id, cause, severity, customerId, siteId, accessLinkId, routerId, clearedAt);
  }

  private static String truncated(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public AlarmCause getCause() {
    return cause;
  }

  public Severity getSeverity() {
    return severity;
  }

  public AlarmState getState() {
    return state;
  }

  public long getRouterId() {
    return routerId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getSiteId() {
    return siteId;
  }

  public Long getAccessLinkId() {
    return accessLinkId;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getClearedAt() {
    return clearedAt;
  }

  public String getClearedBy() {
    return clearedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }
}
