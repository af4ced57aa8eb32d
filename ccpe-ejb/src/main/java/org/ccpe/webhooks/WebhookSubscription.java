package org.ccpe.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.common.VersionedEntity;
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.EncryptedString;

/** Where events of some types (optionally of one customer only) are sent. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {
  @Column(nullable = false, length = 64)
  private String name;

  @Column(nullable = false, length = 2000)
  private String url;

  /** The HMAC key; encrypted at rest, shown once at creation, never returned again. */
  @Convert(converter = EncryptedString.class)
  @Column(nullable = false, length = 1024)
  private String secret;

  @Column(name = "event_types", nullable = false, length = 500)
  private String eventTypes;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_by", nullable = false, length = 160)
  private String createdBy;

  protected WebhookSubscription() {}

  WebhookSubscription(String name, String secret, String createdBy) {
    this.name = name;
    this.secret = secret;
    this.createdBy = createdBy;
  }

  void apply(String url, List<String> eventTypes, Customer customer, boolean enabled) {
    this.url = url;
    this.eventTypes = String.join(",", eventTypes);
    this.customer = customer;
    this.enabled = enabled;
  }

  /** Whether this subscription wants the event: its type, and its customer when the subscription names one. */
  boolean wants(String type, Long customerId) {
    return enabled && getEventTypes().contains(type)
        && (customer == null || customer.getId().equals(customerId));
  }

  Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("url", url);
    view.put("eventTypes", eventTypes);
    view.put("customerId", customer == null ? null : customer.getId());
    view.put("enabled", enabled);
    return view;
  }

  public String getName() {
    return name;
  }

  public String getUrl() {
    return url;
  }

  String getSecret() {
    return secret;
  }

  public List<String> getEventTypes() {
    return Arrays.asList(eventTypes.split(","));
  }

  public Long getCustomerId() {
    return customer == null ? null : customer.getId();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
