package org.ccpe.services;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.ccpe.audit.Channel;

/** One stored revision of a site's settings: what it was, who made it, when, from where. */
@Entity
@Table(name = "site_services_revision")
public class ServiceRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_revision_id")
  @SequenceGenerator(name = "ccpe_revision_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "site_id", nullable = false)
  private long siteId;

  @Column(nullable = false)
  private long revision;

  @Column(nullable = false)
  private String settings;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 128)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  protected ServiceRevision() {}

  ServiceRevision(long siteId, long revision, String settings, String actor, Channel channel) {
    this.siteId = siteId;
    this.revision = revision;
    this.settings = settings;
    this.changedAt = Instant.now();
    this.actor = actor;
    this.channel = channel;
  }

  public long getRevision() {
    return revision;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getActor() {
    return actor;
  }

  public Channel getChannel() {
    return channel;
  }
}
