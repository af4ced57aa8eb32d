package org.ccpe.webhooks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends due deliveries: claims a batch (each row by a conditional update, so two cluster nodes
 * never send one row at once), POSTs them all concurrently outside any transaction, then records
 * each outcome. A node that stops mid-delivery leaves its rows pending; they are sent again once
 * their claim ({@link WebhookSettings#lease()}) ran out. Receivers therefore may see a delivery
 * twice and should ignore an event id they already have.
 */
@Stateless
@PermitAll
public class WebhookDeliverer {
  static final String USER_AGENT = "ccpe-selfcare-webhooks/1";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(java.time.Duration.ofSeconds(5))
      .build();

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;

  /** What one POST needs, read in the claiming transaction. */
  record Attempt(long deliveryId, String url, String secret, String eventType, String eventId, String payload) {}

  record Outcome(long deliveryId, Integer status, String error) {}

  /** Sends every due delivery (at most a batch); answers how many were attempted. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int deliverDue() {
    WebhookDeliverer self = context.getBusinessObject(WebhookDeliverer.class);
    WebhookSettings settings = WebhookSettings.current();
    List<Attempt> attempts = self.claimDue(settings);
    for (Outcome outcome : send(attempts, settings)) {
      self.record(outcome, settings);
    }
    return attempts.size();
  }

  /** Sends one delivery now, whether due or not: the test-delivery action. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void deliverNow(long deliveryId) {
    WebhookDeliverer self = context.getBusinessObject(WebhookDeliverer.class);
    WebhookSettings settings = WebhookSettings.current();
    Attempt attempt = self.claim(deliveryId, settings, true);
    if (attempt != null) {
      self.record(send(List.of(attempt), settings).get(0), settings);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Attempt> claimDue(WebhookSettings settings) {
    List<Long> due = em.createQuery("select d.id from WebhookDelivery d where d.state = :pending"
            + " and d.nextAttemptAt <= :now order by d.nextAttemptAt", Long.class)
        .setParameter("pending", WebhookDelivery.PENDING)
        .setParameter("now", Instant.now())
        .setMaxResults(WebhookSettings.BATCH)
        .getResultList();
    List<Attempt> claimed = new ArrayList<>();
    for (long id : due) {
      Attempt attempt = claim(id, settings, false);
      if (attempt != null) {
        claimed.add(attempt);
      }
    }
    return claimed;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Attempt claim(long deliveryId, WebhookSettings settings, boolean evenIfNotDue) {
    Instant now = Instant.now();
    jakarta.persistence.Query update = em.createQuery("update WebhookDelivery d set d.nextAttemptAt = :leased"
            + " where d.id = :id and d.state = :pending" + (evenIfNotDue ? "" : " and d.nextAttemptAt <= :now"))
        .setParameter("leased", now.plus(settings.lease()))
        .setParameter("id", deliveryId)
        .setParameter("pending", WebhookDelivery.PENDING);
    if (!evenIfNotDue) {
      update.setParameter("now", now);
    }
    int taken = update.executeUpdate();
    if (taken != 1) {
      return null;
    }
    WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
    WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.getSubscriptionId());
    return new Attempt(deliveryId, subscription.getUrl(), subscription.getSecret(), delivery.getEventType(),
        delivery.getEventId(), delivery.getPayload());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(Outcome outcome, WebhookSettings settings) {
    WebhookDelivery delivery = em.find(WebhookDelivery.class, outcome.deliveryId());
    if (delivery != null) {
      delivery.attempted(outcome.status(), outcome.error(), Instant.now(), settings);
    }
  }

  /** POSTs all attempts at once and waits for every answer (each bounded by the timeout). */
  static List<Outcome> send(List<Attempt> attempts, WebhookSettings settings) {
    List<CompletableFuture<Outcome>> pending = new ArrayList<>();
    for (Attempt attempt : attempts) {
      pending.add(post(attempt, settings));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < attempts.size(); i++) {
      try {
        outcomes.add(pending.get(i).get(settings.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS));
      } catch (Exception e) {
        pending.get(i).cancel(true);
        outcomes.add(new Outcome(attempts.get(i).deliveryId(), null, "no answer: " + e));
      }
    }
    return outcomes;
  }

  private static CompletableFuture<Outcome> post(Attempt attempt, WebhookSettings settings) {
    byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
    long timestamp = Instant.now().getEpochSecond();
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(attempt.url()))
          .timeout(settings.timeout())
          .header("Content-Type", "application/json")
          .header("User-Agent", USER_AGENT)
          .header("Ccpe-Event", attempt.eventType())
          .header("Ccpe-Event-Id", attempt.eventId())
          .header("Ccpe-Delivery", Long.toString(attempt.deliveryId()))
          .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
          .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(attempt.secret(), timestamp, body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body))
          .build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(new Outcome(attempt.deliveryId(), null, "bad URL: " + e.getMessage()));
    }
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle((response, failure) -> failure == null
            ? new Outcome(attempt.deliveryId(), response.statusCode(),
                response.statusCode() / 100 == 2 ? null : "the receiver answered " + response.statusCode())
            : new Outcome(attempt.deliveryId(), null, describe(failure)));
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
