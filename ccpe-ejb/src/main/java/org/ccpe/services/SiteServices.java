package org.ccpe.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ccpe.common.StaleVersionException;
import org.ccpe.inventory.Site;

/**
 * A site's intended service settings (one JSON document), which revision of it the router last
 * confirmed, and whether the router has drifted from it. A site has this row from its first
 * service change on; only such <em>provisioned</em> sites are pushed to their router.
 */
@Entity
@Table(name = "site_services")
public class SiteServices {
  @Id
  @Column(name = "site_id")
  private Long siteId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "site_id")
  private Site site;

  @Version
  private long version;

  @Column(nullable = false)
  private long revision;

  @Column(nullable = false)
  private String settings;

  @Column(name = "applied_revision")
  private Long appliedRevision;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(nullable = false)
  private boolean drift;

  @Column(name = "drift_diff")
  private String driftDiff;

  @Column(name = "drift_checked_at")
  private Instant driftCheckedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SiteServices() {}

  SiteServices(Site site, String settingsJson) {
    this.site = site;
    this.settings = settingsJson;
    this.revision = 1;
  }

  @PrePersist
  @PreUpdate
  void stamp() {
    updatedAt = Instant.now();
  }

  void replace(String settingsJson) {
    settings = settingsJson;
    revision++;
  }

  /** The router confirmed this revision. */
  public void applied(long appliedRevision, Instant at) {
    if (this.appliedRevision == null || appliedRevision > this.appliedRevision) {
      this.appliedRevision = appliedRevision;
      this.appliedAt = at;
    }
    if (appliedRevision >= revision) {
      drift = false;
      driftDiff = null;
    }
  }

  public void driftChecked(String diff, Instant at) {
    drift = diff != null && !diff.isBlank();
    driftDiff = drift ? diff : null;
    driftCheckedAt = at;
  }

  /**
   * Refuses a change based on another revision than the latest. The revision, not the row's
   * version, is what callers hold: the row also changes when the router confirms a revision or a
   * drift check runs, and neither makes a caller's copy of the settings stale.
   */
  public void checkVersion(Long expected) {
    if (expected != null && expected != revision) {
      throw new StaleVersionException("site services", siteId, expected, revision);
    }
  }

  public Long getSiteId() {
    return siteId;
  }

  public Site getSite() {
    return site;
  }

  public long getVersion() {
    return version;
  }

  public long getRevision() {
    return revision;
  }

  public String settingsJson() {
    return settings;
  }

  public Long getAppliedRevision() {
    return appliedRevision;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  /** True when the router runs the latest intended revision. */
  public boolean isApplied() {
    return appliedRevision != null && appliedRevision >= revision;
  }

  public boolean isDrift() {
    return drift;
  }

  public String getDriftDiff() {
    return driftDiff;
  }

  public Instant getDriftCheckedAt() {
    return driftCheckedAt;
  }
}
