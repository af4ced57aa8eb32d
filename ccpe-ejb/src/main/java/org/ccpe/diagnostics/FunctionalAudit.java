package org.ccpe.diagnostics;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.audit.Channel;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.ServerNode;

/**
 * A functional audit: pings between a customer's sites, asked for once and run in the background
 * ({@link FunctionalAuditRunner}); the audit keeps its state and each pair's result, so whoever
 * asked can watch it fill in.
 */
@Entity
@Table(name = "functional_audit")
public class FunctionalAudit implements CustomerOwned {
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_functional_audit_id")
  @SequenceGenerator(name = "ccpe_functional_audit_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(name = "requested_by", nullable = false, length = 128)
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(length = 1024)
  private String message;

  /** The server node running the audit ({@link org.ccpe.common.InterruptedJobs}). */
  @Column(length = 128)
  private String node;

  @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("index")
  private List<FunctionalAuditPair> pairs = new ArrayList<>();

  protected FunctionalAudit() {}

  FunctionalAudit(long customerId, List<AuditPlan.Pair> plan, String requestedBy, Channel channel) {
    this.customerId = customerId;
    this.state = State.QUEUED;
    this.requestedBy = requestedBy;
    this.channel = channel;
    this.createdAt = Instant.now();
    this.node = ServerNode.name();
    for (AuditPlan.Pair pair : plan) {
      pairs.add(new FunctionalAuditPair(this, pairs.size(), pair));
    }
  }

  void start() {
    state = State.RUNNING;
    startedAt = Instant.now();
  }

  void finish(State end, String message) {
    state = end;
    this.message = FunctionalAuditPair.limited(message);
    finishedAt = Instant.now();
  }

  /** What the audit trail keeps of it: who pinged what. */
  Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("customerId", customerId);
    view.put("pairs", pairs.stream()
        .map(p -> p.getOriginSiteName() + " -> " + p.getDestinationSiteName()).toList());
    return view;
  }

  @Override
  public Long ownerCustomerId() {
    return customerId;
  }

  public Long getId() {
    return id;
  }

  public long getCustomerId() {
    return customerId;
  }

  public State getState() {
    return state;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Channel getChannel() {
    return channel;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  /** Why the audit failed as a whole, or a note on how it ended; null while it runs. */
  public String getMessage() {
    return message;
  }

  public List<FunctionalAuditPair> getPairs() {
    return Collections.unmodifiableList(pairs);
  }
}
