package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.webhooks.NewWebhook;
import org.ccpe.webhooks.WebhookDelivery;
import org.ccpe.webhooks.WebhookService;
import org.ccpe.webhooks.WebhookSpec;
import org.ccpe.webhooks.WebhookSubscription;

/**
 * The Webhooks task: subscriptions, a form to add one (its signing secret shown once), per
 * subscription a Test button (sends a {@code webhook.test} event now and says what the receiver
 * answered), Delete, and the selected subscription's delivery history.
 */
@Named
@ViewScoped
public class WebhooksPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "webhookForm";

  @EJB private WebhookService webhooks;

  private final PagedModel<WebhookSubscription> model =
      new PagedModel<>(page -> webhooks.list(null, page), WebhookSubscription::getId);
  private final PagedModel<WebhookDelivery> deliveries = new PagedModel<>(this::deliveriesOfSelected, WebhookDelivery::getId);
  private WebhookSubscription selected;
  private String name;
  private String url;
  private List<String> eventTypes = new ArrayList<>();
  private Long customerId;
  private String createdName;
  private String createdSecret;

  public void create() {
    NewWebhook[] created = new NewWebhook[1];
    if (FieldMessages.attempt(FORM,
        () -> created[0] = webhooks.create(new WebhookSpec(name, url, eventTypes, customerId, true)))) {
      createdName = created[0].subscription().getName();
      createdSecret = created[0].secret();
      name = null;
      url = null;
    }
  }

  public void test(WebhookSubscription subscription) {
    WebhookDelivery delivery = webhooks.testDelivery(subscription.getId());
    selected = subscription;
    boolean ok = WebhookDelivery.DELIVERED.equals(delivery.getState());
    String answer = delivery.getLastStatus() != null ? "answered " + delivery.getLastStatus() : delivery.getLastError();
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
        ok ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
        "Test delivery to " + subscription.getName() + ": " + (ok ? "delivered" : "not delivered yet, " + answer), null));
  }

  public void delete(WebhookSubscription subscription) {
    FieldMessages.attempt(FORM, () -> webhooks.delete(subscription.getId(), null));
    if (selected != null && selected.getId().equals(subscription.getId())) {
      selected = null;
    }
  }

  private Page<WebhookDelivery> deliveriesOfSelected(PageRequest page) {
    return selected == null ? new Page<>(List.of(), 0, page) : webhooks.deliveries(selected.getId(), null, page);
  }

  public String events(WebhookSubscription subscription) {
    return String.join(", ", subscription.getEventTypes());
  }

  public List<String> getEventTypeChoices() {
    return WebhookService.EVENT_TYPES;
  }

  public PagedModel<WebhookSubscription> getModel() {
    return model;
  }

  public PagedModel<WebhookDelivery> getDeliveries() {
    return deliveries;
  }

  public WebhookSubscription getSelected() {
    return selected;
  }

  public void setSelected(WebhookSubscription selected) {
    this.selected = selected;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCreatedName() {
    return createdName;
  }

  /** The new subscription's signing secret, shown once. */
  public String getCreatedSecret() {
    return createdSecret;
  }
}
