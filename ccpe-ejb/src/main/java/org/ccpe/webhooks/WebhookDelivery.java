package org.ccpe.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One event for one subscription: first an outbox row ({@code pending}), then its delivery record
 * ({@code delivered}, or {@code failed} when the receiver never took it within the give-up time).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {
  public static final String PENDING = "pending";
  public static final String DELIVERED = "delivered";
  public static final String FAILED = "failed";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_delivery_id")
  @SequenceGenerator(name = "ccpe_delivery_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "subscription_id", nullable = false)
  private long subscriptionId;

  @Column(name = "event_id", nullable = false, length = 36)
  private String eventId;

  @Column(name = "event_type", nullable = false, length = 40)
  private String eventType;

  @Column(nullable = false)
  private String payload;

  @Column(nullable = false, length = 12)
  private String state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  protected WebhookDelivery() {}

  WebhookDelivery(long subscriptionId, String eventId, String eventType, String payload, Instant now) {
    this.subscriptionId = subscriptionId;
    this.eventId = eventId;
    this.eventType = eventType;
    this.payload = payload;
    this.state = PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Records one attempt: delivered on a 2xx, else retried later or, past the give-up time, failed. */
  void attempted(Integer status, String error, Instant at, WebhookSettings settings) {
    attempts++;
    lastAttemptAt = at;
    lastStatus = status;
    lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    if (status != null && status >= 200 && status < 300) {
      state = DELIVERED;
      deliveredAt = at;
      return;
    }
    Instant next = at.plus(settings.backoff(attempts));
    if (next.isAfter(createdAt.plus(settings.giveUpAfter()))) {
      state = FAILED;
    } else {
      nextAttemptAt = next;
    }
  }

  public Long getId() {
    return id;
  }

  public long getSubscriptionId() {
    return subscriptionId;
  }

  public String getEventId() {
    return eventId;
  }

  public String getEventType() {
    return eventType;
  }

  public String getPayload() {
    return payload;
  }

  public String getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getLastAttemptAt() {
    return lastAttemptAt;
  }

  public Instant getDeliveredAt() {
    return deliveredAt;
  }

  public Integer getLastStatus() {
    return lastStatus;
  }

  public String getLastError() {
    return lastError;
  }
}
