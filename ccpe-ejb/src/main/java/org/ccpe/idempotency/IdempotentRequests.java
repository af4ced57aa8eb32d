package org.ccpe.idempotency;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.ccpe.inventory.SecretCipher;

/**
 * The records behind {@code Idempotency-Key}, per caller: a key is claimed by inserting its row
 * (the primary key makes the claim atomic across threads and cluster nodes, so concurrent
 * duplicates never both run), completed with the answer, or released when the request failed on
 * our side (5xx) so that a retry may run it again. Each call is its own transaction: the record
 * must not roll back with the request it guards. Answers are stored encrypted with the application's
 * secrets key: some carry what is shown once (a new customer's initial password, a new API token).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotentRequests {
  public static final int MAX_KEY_LENGTH = 200;
  static final Duration KEPT = Duration.ofHours(24);
  /** A request still 'running' after this long died with its server; its key may run again. */
  static final Duration ABANDONED = Duration.ofMinutes(10);

  @PersistenceContext private EntityManager em;

  public Claim claim(String caller, String key, String fingerprint) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<?> rows = em.createNativeQuery("SELECT fingerprint, state, status, content_type, location, body, created_at"
            + " FROM idempotent_request WHERE caller = ?1 AND request_key = ?2")
        .setParameter(1, caller).setParameter(2, key).getResultList();
    if (rows.isEmpty()) {
      return insert(caller, key, fingerprint, now) ? new Claim.Run() : new Claim.Running();
    }
    Object[] row = (Object[]) rows.get(0);
    OffsetDateTime created = timestamp(row[6]);
    if (created.isBefore(now.minus(KEPT))) {
      delete(caller, key);
      return insert(caller, key, fingerprint, now) ? new Claim.Run() : new Claim.Running();
    }
    if (!fingerprint.equals(row[0])) {
      return new Claim.Mismatch();
    }
    if ("done".equals(row[1])) {
      return new Claim.Replay(new StoredAnswer(((Number) row[2]).intValue(), (String) row[3], (String) row[4],
          SecretCipher.configured().decrypt(row[5] == null ? null : row[5].toString())));
    }
    if (created.isBefore(now.minus(ABANDONED))) {
      int taken = em.createNativeQuery("UPDATE idempotent_request SET created_at = ?1"
              + " WHERE caller = ?2 AND request_key = ?3 AND state = 'running' AND created_at = ?4")
          .setParameter(1, now).setParameter(2, caller).setParameter(3, key).setParameter(4, created)
          .executeUpdate();
      return taken == 1 ? new Claim.Run() : new Claim.Running();
    }
    return new Claim.Running();
  }

  public void complete(String caller, String key, StoredAnswer answer) {
    em.createNativeQuery("UPDATE idempotent_request SET state = 'done', status = ?1, content_type = ?2,"
            + " location = ?3, body = ?4, completed_at = ?5 WHERE caller = ?6 AND request_key = ?7")
        .setParameter(1, answer.status())
        .setParameter(2, answer.contentType())
        .setParameter(3, answer.location())
        .setParameter(4, SecretCipher.configured().encrypt(answer.body()))
        .setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
        .setParameter(6, caller)
        .setParameter(7, key)
        .executeUpdate();
  }

  /** Forgets a claim whose request failed on our side, so a retry runs it again. */
  public void release(String caller, String key) {
    delete(caller, key);
  }

  /** Records older than a day are of no use: clients retry within minutes. */
  @Schedule(hour = "*", minute = "23", persistent = false)
  void purge() {
    em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ?1")
        .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC).minus(KEPT))
        .executeUpdate();
  }

  private boolean insert(String caller, String key, String fingerprint, OffsetDateTime now) {
    try {
      em.createNativeQuery("INSERT INTO idempotent_request (caller, request_key, fingerprint, state, created_at)"
              + " VALUES (?1, ?2, ?3, 'running', ?4)")
          .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, now)
          .executeUpdate();
      return true;
    } catch (PersistenceException raced) {
      return false; // a concurrent duplicate inserted it first: it runs, this one waits
    }
  }

  private void delete(String caller, String key) {
    em.createNativeQuery("DELETE FROM idempotent_request WHERE caller = ?1 AND request_key = ?2")
        .setParameter(1, caller).setParameter(2, key).executeUpdate();
  }

  private static OffsetDateTime timestamp(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt;
    }
    if (value instanceof java.sql.Timestamp ts) {
      return ts.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
