package org.ccpe.access;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes with a random 16-byte salt, stored as {@code
 * pbkdf2-sha256$iterations$salt$hash}. The iteration count is part of the stored value, so it can
 * be raised later without invalidating existing passwords.
 */
public final class PasswordHasher {
  static final int ITERATIONS = 210_000;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The stored value of an account that has no password yet: no password ever matches it. */
  public static final String NO_PASSWORD = "none";

  private PasswordHasher() {}

  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return format(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /** True when {@code password} matches {@code stored}; compares in constant time. */
  public static boolean matches(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException damaged) {
      // a number, Base64 or iteration count that is not valid: no password matches it
      return false;
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    }
  }

  private static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  /** A random password that satisfies {@link PasswordPolicy}, for initial and reset passwords. */
  public static String randomPassword() {
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 18; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
      if (i % 6 == 5 && i < 17) {
        out.append('-');
      }
    }
    // guarantee each class the policy asks for, whatever the draw
    out.setCharAt(0, "ABCDEFGHJKLMNPQRSTUVWXYZ".charAt(RANDOM.nextInt(24)));
    out.setCharAt(1, "abcdefghijkmnopqrstuvwxyz".charAt(RANDOM.nextInt(25)));
    out.setCharAt(2, "23456789".charAt(RANDOM.nextInt(8)));
    return out.toString();
  }
}
