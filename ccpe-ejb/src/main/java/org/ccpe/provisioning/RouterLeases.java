package org.ccpe.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Who may talk to a router now. A lease is a row per router with an owner and an expiry, taken by
 * a conditional update in its own transaction, so two threads or two cluster nodes never hold a
 * session to one router at once; a node that dies loses its lease when it expires.
 */
@Stateless
@PermitAll
public class RouterLeases {
  @PersistenceContext private EntityManager em;

  /** Takes the router's lease for {@code owner}, or answers false when someone else holds it. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean acquire(long routerId, String owner, Duration ttl) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int taken = em.createNativeQuery("UPDATE router_lease SET owner = ?1, expires_at = ?2"
            + " WHERE router_id = ?3 AND (owner IS NULL OR expires_at < ?4)")
        .setParameter(1, owner)
        .setParameter(2, now.plus(ttl))
        .setParameter(3, routerId)
        .setParameter(4, now)
        .executeUpdate();
    if (taken == 1) {
      return true;
    }
    long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM router_lease WHERE router_id = ?1")
        .setParameter(1, routerId).getSingleResult()).longValue();
    if (rows > 0) {
      return false;
    }
    try {
      em.createNativeQuery("INSERT INTO router_lease (router_id, owner, expires_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, routerId)
          .setParameter(2, owner)
          .setParameter(3, now.plus(ttl))
          .executeUpdate();
      return true;
    } catch (PersistenceException raced) {
      return false; // another node inserted the row first: it holds the lease
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(long routerId, String owner) {
    em.createNativeQuery("UPDATE router_lease SET owner = NULL, expires_at = ?1 WHERE router_id = ?2 AND owner = ?3")
        .setParameter(1, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC))
        .setParameter(2, routerId)
        .setParameter(3, owner)
        .executeUpdate();
  }
}
