package org.ccpe.access.tokens;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ccpe.access.Role;

/**
 * Tokens seen in the last few seconds, by hash, so an OSS client polling the API costs no database
 * read per request. A revocation on this node forgets the token at once; another cluster node
 * notices within {@link #FRESH}. Expiry is checked against the cached expiry, so it is exact.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class KnownTokens {
  static final Duration FRESH = Duration.ofSeconds(10);
  /** How often a token's last use is written back: often enough to tell used from unused tokens. */
  static final Duration LAST_USED_GRANULARITY = Duration.ofSeconds(60);
  private static final int MAX_ENTRIES = 10_000;

  /** What a request needs to know about a token. */
  public record Entry(long id, String name, Role role, Instant expiresAt, Instant revokedAt, Instant loadedAt,
      Instant lastUsedWritten) {
    public Entry used(Instant at) {
      return new Entry(id, name, role, expiresAt, revokedAt, loadedAt, at);
    }
  }

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

  public Entry fresh(String hash, Instant now) {
    Entry entry = byHash.get(hash);
    return entry == null || now.isAfter(entry.loadedAt().plus(FRESH)) ? null : entry;
  }

  public void remember(String hash, Entry entry) {
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear(); // bounded memory; the next requests simply read the database again
    }
    byHash.put(hash, entry);
  }

  public void forget(String hash) {
    byHash.remove(hash);
  }
}
