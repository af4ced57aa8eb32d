package org.ccpe.common;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Identity, optimistic version and timestamps of every stored aggregate. The version is the
 * entity's ETag in the API: a change based on an older version is refused rather than silently
 * overwriting somebody else's.
 *
 * <p>Identifiers come from one sequence handed out in blocks of 50, so bulk imports can batch
 * their inserts.
 */
@MappedSuperclass
public abstract class VersionedEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_id")
  @SequenceGenerator(name = "ccpe_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @PrePersist
  void stampCreation() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  /** Refuses a change that was based on an older version than the stored one. */
  public void checkVersion(String kind, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != version) {
      throw new StaleVersionException(kind, id, expectedVersion, version);
    }
  }
}
