package org.ccpe.access.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token values and their stored form. A token is 256 bits from {@link SecureRandom}; it is stored
 * as its plain SHA-256. A deliberately slow hash (PBKDF2, as for passwords) protects guessable
 * secrets; nobody can guess or brute-force 256 random bits, so a slow hash would only cost every
 * API request time for nothing. An unsalted fast hash also lets a request find its token with one
 * indexed lookup instead of trying every row.
 */
final class TokenHash {
  /** Tells a token apart from a password in logs and secret scanners. */
  static final String PREFIX = "ccpe_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private TokenHash() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String of(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a list may show to recognise a token: its first characters. */
  static String displayPrefix(String token) {
    return token.substring(0, PREFIX.length() + 6);
  }
}
