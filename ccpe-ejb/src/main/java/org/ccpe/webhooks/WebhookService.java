package org.ccpe.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccpe.access.Roles;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.PlainName;
import org.ccpe.common.Violations;
import org.ccpe.events.DomainEvent;
import org.ccpe.inventory.Customer;

/**
 * Webhook subscriptions: provider administrators and operators manage them; every provider role
 * reads them and their delivery history. The signing secret is generated here, shown once and
 * never returned again.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class WebhookService {
  static final String ENTITY = "webhook";
  /** The event types a subscription may ask for. */
  public static final List<String> EVENT_TYPES = List.of(DomainEvent.JOB_STATE_CHANGED, DomainEvent.ALARM_RAISED,
      DomainEvent.ALARM_CLEARED, DomainEvent.IMPORT_FINISHED, DomainEvent.DRIFT_DETECTED);
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private WebhookOutbox outbox;
  @EJB private WebhookDeliverer deliverer;

  public NewWebhook create(WebhookSpec spec) {
    Violations violations = new Violations();
    String name = violations.parse("name", spec.name(), PlainName::parse);
    Checked checked = check(spec, violations);
    violations.throwIfAny();
    if (!em.createQuery("select s.id from WebhookSubscription s where s.name = :n", Long.class)
        .setParameter("n", name).getResultList().isEmpty()) {
      throw new ConflictException("name", "a webhook named '" + name + "' exists already");
    }
    String secret = newSecret();
    WebhookSubscription subscription = new WebhookSubscription(name, secret, audit.currentActor());
    subscription.apply(checked.url(), checked.eventTypes(), checked.customer(), checked.enabled());
    em.persist(subscription);
    audit.created(ENTITY, subscription.getId(), name, subscription.auditView());
    return new NewWebhook(subscription, secret);
  }

  /** Changes URL, event types, customer filter and enabled; the name and secret stay. */
  public WebhookSubscription update(long id, Long expectedVersion, WebhookSpec spec) {
    WebhookSubscription subscription = get(id);
    subscription.checkVersion(ENTITY, expectedVersion);
    Violations violations = new Violations();
    Checked checked = check(spec, violations);
    violations.throwIfAny();
    Map<String, Object> before = subscription.auditView();
    subscription.apply(checked.url(), checked.eventTypes(), checked.customer(), checked.enabled());
    audit.updated(ENTITY, id, subscription.getName(), before, subscription.auditView());
    return subscription;
  }

  /** Deletes the subscription with its outbox and history. */
  public void delete(long id, Long expectedVersion) {
    WebhookSubscription subscription = get(id);
    subscription.checkVersion(ENTITY, expectedVersion);
    em.createQuery("delete from WebhookDelivery d where d.subscriptionId = :id").setParameter("id", id).executeUpdate();
    audit.deleted(ENTITY, id, subscription.getName(), subscription.auditView());
    em.remove(subscription);
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Page<WebhookSubscription> list(String nameContains, PageRequest page) {
    return new FilteredQuery<>(em, WebhookSubscription.class, "from WebhookSubscription s")
        .whereContains("s.name", "name", nameContains)
        .orderBy("s.name")
        .page(page);
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public WebhookSubscription get(long id) {
    WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
    if (subscription == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return subscription;
  }

  /** The subscription's deliveries, newest first; {@code state} filters ({@code pending}, {@code delivered}, {@code failed}). */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Page<WebhookDelivery> deliveries(long id, String state, PageRequest page) {
    get(id);
    return new FilteredQuery<>(em, WebhookDelivery.class, "from WebhookDelivery d")
        .where("d.subscriptionId = :subscription", "subscription", id)
        .where("d.state = :state", "state", state == null || state.isBlank() ? null : state)
        .orderBy("d.id desc")
        .page(page);
  }

  /**
   * Queues a {@code webhook.test} event for this subscription alone and sends it at once (its
   * own transaction commits first, so the row is there whatever the receiver does). Answers the
   * delivery after the attempt: delivered, or pending with the receiver's status or error (and
   * retried like any other delivery).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public WebhookDelivery testDelivery(long id) {
    long deliveryId = outbox.enqueueTest(id, audit.currentActor());
    deliverer.deliverNow(deliveryId);
    return outbox.find(deliveryId);
  }

  private record Checked(String url, List<String> eventTypes, Customer customer, boolean enabled) {}

  private Checked check(WebhookSpec spec, Violations violations) {
    String url = violations.parse("url", spec.url(), WebhookService::checkUrl);
    List<String> types = new ArrayList<>();
    if (spec.eventTypes() == null || spec.eventTypes().isEmpty()) {
      violations.add("eventTypes", "name at least one of " + String.join(", ", EVENT_TYPES));
    } else {
      for (int i = 0; i < spec.eventTypes().size(); i++) {
        String type = spec.eventTypes().get(i);
        if (!EVENT_TYPES.contains(type)) {
          violations.add("eventTypes[" + i + "]", "must be one of " + String.join(", ", EVENT_TYPES));
        } else if (!types.contains(type)) {
          types.add(type);
        }
      }
    }
    Customer customer = null;
    if (spec.customerId() != null) {
      customer = em.find(Customer.class, spec.customerId());
      if (customer == null) {
        violations.add("customerId", "no customer " + spec.customerId());
      }
    }
    return new Checked(url, types, customer, spec.enabled() == null || spec.enabled());
  }


  private static String checkUrl(String raw) {
    String url = raw == null ? "" : raw.strip();
    try {
      URI uri = new URI(url);
      if (!Set.of("http", "https").contains(String.valueOf(uri.getScheme()).toLowerCase())
          || uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
        throw new IllegalArgumentException("must be an absolute http or https URL with a host, no user info or fragment");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("is not a URL: " + e.getReason());
    }
    if (url.length() > 2000) {
      throw new IllegalArgumentException("must be at most 2000 characters");
    }
    return url;
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
