package org.ccpe.provisioning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.ccpe.audit.Channel;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.VersionedEntity;

/**
 * One requested change of one site's context on one router: who asked, through which channel, how
 * far it got, what the router said. Jobs of one router are committed together (coalesced); each
 * keeps its own outcome, so the one change that a router refuses is the one that says why.
 */
@Entity
@Table(name = "provisioning_job")
public class ProvisioningJob extends VersionedEntity implements CustomerOwned {
  @Column(name = "router_id", nullable = false)
  private long routerId;

  @Column(name = "site_id")
  private Long siteId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "site_name", length = 64)
  private String siteName;

  @Column(name = "routing_instance", nullable = false, length = 63)
  private String routingInstance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private JobKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private JobState state = JobState.QUEUED;

  /** The settings revision an APPLY brings to the router. */
  private Long revision;

  /** For a REMOVE: the context that was on the router (JSON), since the site is gone. */
  @Column(name = "removal_context")
  private String removalContext;

  @Column(name = "requested_by", nullable = false, length = 128)
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt = Instant.now();

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "commit_batch", length = 64)
  private String commitBatch;

  private String diff;

  @Column(length = 4000)
  private String message;

  @Column(name = "error_path", length = 1000)
  private String errorPath;

  protected ProvisioningJob() {}

  public ProvisioningJob(long routerId, Long siteId, Long customerId, String siteName,
      String routingInstance, JobKind kind, Long revision, String requestedBy, Channel channel) {
    this.routerId = routerId;
    this.siteId = siteId;
    this.customerId = customerId;
    this.siteName = siteName;
    this.routingInstance = routingInstance;
    this.kind = kind;
    this.revision = revision;
    this.requestedBy = requestedBy;
    this.channel = channel;
  }

  void removing(String contextJson) {
    this.removalContext = contextJson;
  }

  void started(String batch, Instant now) {
    state = JobState.COMMITTING;
    attempts++;
    commitBatch = batch;
    startedAt = now;
  }

  void committed(String diff, String message, Instant now) {
    state = JobState.COMMITTED;
    this.diff = diff;
    this.message = message;
    this.errorPath = null;
    finishedAt = now;
  }

  void failed(String message, String errorPath, Instant now) {
    state = JobState.FAILED;
    this.message = truncated(message);
    this.errorPath = truncated(errorPath);
    finishedAt = now;
  }

  /** A transient failure: try again after {@code delay}. */
  void retryLater(String message, Duration delay, Instant now) {
    state = JobState.QUEUED;
    this.message = truncated(message);
    nextAttemptAt = now.plus(delay);
  }

  void outcomeUnknown(String message, Instant now) {
    state = JobState.UNKNOWN;
    this.message = truncated(message);
    nextAttemptAt = now;
  }

  /** Superseded by a newer job of the same site in the same commit. */
  void coalescedInto(ProvisioningJob newer, String diff, Instant now) {
    committed(diff, "committed together with job " + newer.getId(), now);
  }

  private static String truncated(String text) {
    return text == null || text.length() <= 4000 ? text : text.substring(0, 3990) + " …";
  }

  public long getRouterId() {
    return routerId;
  }

  public Long getSiteId() {
    return siteId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getSiteName() {
    return siteName;
  }

  public String getRoutingInstance() {
    return routingInstance;
  }

  public JobKind getKind() {
    return kind;
  }

  public JobState getState() {
    return state;
  }

  public Long getRevision() {
    return revision;
  }

  String removalContext() {
    return removalContext;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Channel getChannel() {
    return channel;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getCommitBatch() {
    return commitBatch;
  }

  public String getDiff() {
    return diff;
  }

  public String getMessage() {
    return message;
  }

  public String getErrorPath() {
    return errorPath;
  }

  @Override
  public Long ownerCustomerId() {
    return customerId;
  }
}
