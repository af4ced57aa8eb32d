package org.ccpe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
  private static final WebhookSettings SETTINGS =
      new WebhookSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(24), Duration.ofSeconds(10));
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void backsOffExponentiallyUpToAnHour() {
    assertEquals(Duration.ofSeconds(30), SETTINGS.backoff(1));
    assertEquals(Duration.ofSeconds(60), SETTINGS.backoff(2));
    assertEquals(Duration.ofSeconds(120), SETTINGS.backoff(3));
    assertEquals(Duration.ofHours(1), SETTINGS.backoff(12));
    assertEquals(Duration.ofHours(1), SETTINGS.backoff(500));
  }

  @Test
  void isDeliveredOnA2xx() {
    WebhookDelivery delivery = new WebhookDelivery(1, "e", "import.finished", "{}", T0);
    delivery.attempted(204, null, T0.plusSeconds(1), SETTINGS);
    assertEquals(WebhookDelivery.DELIVERED, delivery.getState());
    assertEquals(1, delivery.getAttempts());
    assertEquals(T0.plusSeconds(1), delivery.getDeliveredAt());
  }

  @Test
  void staysPendingWithTheNextAttemptLaterAfterAFailure() {
    WebhookDelivery delivery = new WebhookDelivery(1, "e", "import.finished", "{}", T0);
    delivery.attempted(500, "the receiver answered 500", T0, SETTINGS);
    delivery.attempted(null, "ConnectException", T0.plusSeconds(30), SETTINGS);
    assertEquals(WebhookDelivery.PENDING, delivery.getState());
    assertEquals(2, delivery.getAttempts());
    assertEquals(T0.plusSeconds(90), delivery.getNextAttemptAt());
    assertNull(delivery.getLastStatus());
    assertEquals("ConnectException", delivery.getLastError());
  }

  @Test
  void givesUpOnceTheNextAttemptWouldBePastADay() {
    WebhookDelivery delivery = new WebhookDelivery(1, "e", "import.finished", "{}", T0);
    Instant at = T0;
    int attempts = 0;
    while (WebhookDelivery.PENDING.equals(delivery.getState()) && attempts < 100) {
      delivery.attempted(503, null, at, SETTINGS);
      at = delivery.getNextAttemptAt();
      attempts++;
    }
    assertEquals(WebhookDelivery.FAILED, delivery.getState());
    // 30 s doubling to the hour cap: ~2 h of growing waits, then hourly until 24 h
    assertEquals(30, attempts, "attempts within a day");
  }

  @Test
  void leasesAClaimedDeliveryLongerThanItsTimeout() {
    assertEquals(Duration.ofSeconds(21), SETTINGS.lease());
  }
}
