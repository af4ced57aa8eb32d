package org.ccpe.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The one row whose version stands for the whole of the application settings: every save raises
 * it, so an administrator saving over settings another one changed meanwhile is told so.
 */
@Entity
@Table(name = "app_settings")
class AppSettingsRow {
  static final long ID = 1;

  @Id private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by", length = 160)
  private String updatedBy;

  protected AppSettingsRow() {}

  long getVersion() {
    return version;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  void saved(String by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }
}
