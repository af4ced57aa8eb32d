package org.ccpe.web.api;

import java.time.Instant;
import java.util.List;
import org.ccpe.webhooks.WebhookSubscription;

/**
 * A webhook subscription as the API shows it: never its signing secret, except {@code secret} in
 * the answer to its creation.
 */
public record WebhookJson(long id, long version, String name, String url, List<String> eventTypes, Long customerId,
    boolean enabled, Instant createdAt, String createdBy, String secret) {

  static WebhookJson of(WebhookSubscription s) {
    return withSecret(s, null);
  }

  static WebhookJson withSecret(WebhookSubscription s, String secret) {
    return new WebhookJson(s.getId(), s.getVersion(), s.getName(), s.getUrl(), s.getEventTypes(), s.getCustomerId(),
        s.isEnabled(), s.getCreatedAt(), s.getCreatedBy(), secret);
  }
}
