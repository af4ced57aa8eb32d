package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.webhooks.WebhookDelivery;

/**
 * One delivery of a subscription's history: {@code state} {@code pending} (in the outbox, tried
 * again at {@code nextAttemptAt}), {@code delivered} or {@code failed} (given up after a day).
 *
 * @param payload the JSON body as sent, a string
 */
public record WebhookDeliveryJson(long id, String eventId, String eventType, String state, int attempts,
    Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt, Instant deliveredAt, Integer lastStatus,
    String lastError, String payload) {

  static WebhookDeliveryJson of(WebhookDelivery d) {
    return new WebhookDeliveryJson(d.getId(), d.getEventId(), d.getEventType(), d.getState(), d.getAttempts(),
        d.getCreatedAt(), WebhookDelivery.PENDING.equals(d.getState()) ? d.getNextAttemptAt() : null,
        d.getLastAttemptAt(), d.getDeliveredAt(), d.getLastStatus(), d.getLastError(), d.getPayload());
  }
}
