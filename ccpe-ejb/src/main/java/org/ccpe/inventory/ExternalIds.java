package org.ccpe.inventory;

import jakarta.persistence.EntityManager;
import org.ccpe.common.ConflictException;

/**
 * External IDs (the activation system's or OSS's keys) are unique per kind of entity, because
 * imports find what they update by them.
 */
final class ExternalIds {
  private ExternalIds() {}

  /** Refuses {@code wanted} when another entity of {@code entity} already has it. */
  static void requireFree(EntityManager em, String entity, String wanted, String current) {
    if (wanted == null || wanted.equals(current)) {
      return;
    }
    long taken = em.createQuery("select count(e) from " + entity + " e where e.externalId = :id", Long.class)
        .setParameter("id", wanted).getSingleResult();
    if (taken > 0) {
      throw new ConflictException("externalId",
          "external ID '" + wanted + "' belongs to another " + entity.toLowerCase());
    }
  }
}
