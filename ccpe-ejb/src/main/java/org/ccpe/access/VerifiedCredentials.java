package org.ccpe.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a minute, credentials that just passed the slow PBKDF2 check, so an OSS client
 * sending HTTP Basic on every request pays for the hash once a minute instead of every time.
 * Only a keyed SHA-256 of the password is kept (the key is random per server start), never the
 * password. A password change or reset forgets the user at once on this node; on other cluster
 * nodes an old password works for at most the remaining minute.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VerifiedCredentials {
  static final Duration TTL = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] key = new byte[32];
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private record Entry(byte[] digest, AuthenticatedUser user, Instant expires) {}

  public VerifiedCredentials() {
    new SecureRandom().nextBytes(key);
  }

  /** The user these credentials proved recently, or null. */
  public AuthenticatedUser recall(String username, String password, Instant now) {
    Entry entry = entries.get(username);
    if (entry == null || now.isAfter(entry.expires()) || password == null) {
      return null;
    }
    return MessageDigest.isEqual(entry.digest(), digest(username, password)) ? entry.user() : null;
  }

  public void remember(String username, String password, AuthenticatedUser user, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear(); // bounded memory; the next requests simply hash again
    }
    entries.put(username, new Entry(digest(username, password), user, now.plus(TTL)));
  }

  public void forget(String username) {
    entries.remove(username);
  }

  private byte[] digest(String username, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(key);
      sha.update(username.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return sha.digest(password.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
