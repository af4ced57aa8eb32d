package org.ccpe.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final byte[] BODY = "{\"type\":\"import.finished\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void signsTimestampAndBodyWithHmacSha256() {
    // what a receiver computes with openssl (README, Webhooks):
    // printf '%s.%s' 1700000000 '{"type":"import.finished"}' | openssl dgst -sha256 -hmac whsec_test
    String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY);
    assertEquals("v1=dfbebf006dcb8737612fc98dc13fb68a54b4055a33cdd6d78a9786aa76ca048e", signature);
    assertTrue(WebhookSignature.verify("whsec_test", "1700000000", BODY, signature));
  }

  @Test
  void refusesAnotherSecretBodyOrTimestamp() {
    String signature = WebhookSignature.sign("whsec_test", 1_700_000_000L, BODY);
    assertFalse(WebhookSignature.verify("whsec_other", "1700000000", BODY, signature));
    assertFalse(WebhookSignature.verify("whsec_test", "1700000001", BODY, signature));
    assertFalse(WebhookSignature.verify("whsec_test", "1700000000", "{}".getBytes(StandardCharsets.UTF_8), signature));
    assertFalse(WebhookSignature.verify("whsec_test", null, BODY, signature));
    assertFalse(WebhookSignature.verify("whsec_test", "soon", BODY, signature));
  }
}
