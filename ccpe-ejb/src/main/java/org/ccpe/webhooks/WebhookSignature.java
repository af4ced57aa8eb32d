package org.ccpe.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery proves it comes from us: {@code Ccpe-Signature: v1=<hex>} where hex is the
 * HMAC-SHA256, keyed with the subscription's secret, of {@code <Ccpe-Timestamp>.<body>}. Signing
 * the timestamp with the body lets a receiver refuse an old delivery replayed by someone who
 * recorded it (compare the timestamp with its clock, e.g. within 5 minutes).
 */
public final class WebhookSignature {
  public static final String SIGNATURE_HEADER = "Ccpe-Signature";
  public static final String TIMESTAMP_HEADER = "Ccpe-Timestamp";
  static final String VERSION = "v1=";

  private WebhookSignature() {}

  public static String sign(String secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return VERSION + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a receiver does, in Java: recompute and compare in constant time. */
  public static boolean verify(String secret, String timestampHeader, byte[] body, String signatureHeader) {
    if (timestampHeader == null || signatureHeader == null) {
      return false;
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
  }
}
