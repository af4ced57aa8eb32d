package org.ccpe.webhooks;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.common.NotFoundException;
import org.ccpe.events.DomainEvent;

/**
 * Turns each event into one outbox row per subscription that wants it. The observer is
 * synchronous and joins the transaction that fired the event: the rows commit with the change
 * that caused them, or not at all, so a stop of the server between the change and the delivery
 * loses nothing, and a change that rolled back is never announced.
 */
@Stateless
@PermitAll
public class WebhookOutbox {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;

  public void on(@Observes DomainEvent event) {
    String payload = null;
    Instant now = Instant.now();
    for (WebhookSubscription subscription : em.createQuery(
        "select s from WebhookSubscription s where s.enabled = true", WebhookSubscription.class).getResultList()) {
      if (subscription.wants(event.type(), event.customerId())) {
        payload = payload == null ? payload(event) : payload;
        em.persist(new WebhookDelivery(subscription.getId(), event.id(), event.type(), payload, now));
      }
    }
  }

  /** Queues a {@code webhook.test} event for one subscription, whatever it subscribed to; answers the row's id. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long enqueueTest(long subscriptionId, String askedBy) {
    WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
    if (subscription == null) {
      throw new NotFoundException(WebhookService.ENTITY, subscriptionId);
    }
    DomainEvent event = DomainEvent.of(DomainEvent.TEST, subscription.getCustomerId(),
        Map.of("subscription", subscription.getName(), "askedBy", askedBy));
    WebhookDelivery delivery = new WebhookDelivery(subscriptionId, event.id(), event.type(), payload(event), Instant.now());
    em.persist(delivery);
    em.flush();
    return delivery.getId();
  }

  public WebhookDelivery find(long deliveryId) {
    return em.find(WebhookDelivery.class, deliveryId);
  }

  /** The JSON body receivers get: {@code {id, type, occurredAt, customerId, data}}. */
  static String payload(DomainEvent event) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", event.id());
    body.put("type", event.type());
    body.put("occurredAt", event.at().toString());
    body.put("customerId", event.customerId());
    body.put("data", event.data());
    return JSON.toJson(body);
  }
}
