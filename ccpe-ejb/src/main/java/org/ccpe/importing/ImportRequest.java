package org.ccpe.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An import done under an {@code Idempotency-Key}: a client that retries with the same key and
 * body gets the same report again instead of a second import; the same key with another body is
 * refused.
 */
@Entity
@Table(name = "import_request")
public class ImportRequest {
  public static final int MAX_KEY_LENGTH = 200;

  @Id
  @Column(name = "idempotency_key", length = MAX_KEY_LENGTH)
  private String key;

  @Column(name = "body_hash", nullable = false, length = 64)
  private String bodyHash;

  @Column(nullable = false)
  private String report;

  @Column(nullable = false, length = 128)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ImportRequest() {}

  ImportRequest(String key, String bodyHash, String report, String actor) {
    this.key = key;
    this.bodyHash = bodyHash;
    this.report = report;
    this.actor = actor;
    this.createdAt = Instant.now();
  }

  String bodyHash() {
    return bodyHash;
  }

  String report() {
    return report;
  }
}
