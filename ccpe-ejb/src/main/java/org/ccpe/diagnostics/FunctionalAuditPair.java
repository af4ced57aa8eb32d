package org.ccpe.diagnostics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One origin site pinging one destination site in an audit, and what came back. Names and
 * addresses are copied when the audit is asked for, so a result reads the same after a site is
 * renamed or removed.
 */
@Entity
@Table(name = "functional_audit_pair")
public class FunctionalAuditPair {
  public enum State {
    PENDING,
    /** At least one probe came back. */
    UP,
    /** Every probe was lost. */
    DOWN,
    /** The router could not be asked or did not answer usefully: nothing is known of the path. */
    ERROR
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_functional_audit_pair_id")
  @SequenceGenerator(name = "ccpe_functional_audit_pair_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "audit_id")
  private FunctionalAudit audit;

  @Column(name = "pair_index", nullable = false)
  private int index;

  @Column(name = "origin_site_id", nullable = false)
  private long originSiteId;

  @Column(name = "origin_site_name", nullable = false, length = 64)
  private String originSiteName;

  @Column(name = "routing_instance", nullable = false, length = 63)
  private String routingInstance;

  @Column(name = "source_address", nullable = false, length = 15)
  private String sourceAddress;

  @Column(name = "destination_site_id", nullable = false)
  private long destinationSiteId;

  @Column(name = "destination_site_name", nullable = false, length = 64)
  private String destinationSiteName;

  @Column(name = "target_address", nullable = false, length = 15)
  private String targetAddress;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(name = "probes_sent")
  private Integer probesSent;

  @Column(name = "probes_received")
  private Integer probesReceived;

  @Column(name = "packet_loss")
  private Integer packetLoss;

  @Column(name = "rtt_min_ms")
  private Double rttMinMs;

  @Column(name = "rtt_avg_ms")
  private Double rttAvgMs;

  @Column(name = "rtt_max_ms")
  private Double rttMaxMs;

  @Column(length = 1024)
  private String message;

  protected FunctionalAuditPair() {}

  FunctionalAuditPair(FunctionalAudit audit, int index, AuditPlan.Pair pair) {
    this.audit = audit;
    this.index = index;
    this.originSiteId = pair.origin().id();
    this.originSiteName = pair.origin().name();
    this.routingInstance = pair.origin().routingInstance();
    this.sourceAddress = pair.origin().gatewayAddress();
    this.destinationSiteId = pair.destination().id();
    this.destinationSiteName = pair.destination().name();
    this.targetAddress = pair.destination().gatewayAddress();
    this.state = State.PENDING;
  }

  void measured(PingOutcome outcome) {
    state = outcome.up() ? State.UP : State.DOWN;
    probesSent = outcome.sent();
    probesReceived = outcome.received();
    packetLoss = outcome.packetLossPercent();
    rttMinMs = outcome.rttMinMs();
    rttAvgMs = outcome.rttAvgMs();
    rttMaxMs = outcome.rttMaxMs();
    message = null;
  }

  void failed(String why) {
    state = State.ERROR;
    message = limited(why);
  }

  /** A message cut to what its column holds. */
  static String limited(String message) {
    return message == null || message.length() <= 1024 ? message : message.substring(0, 1024);
  }

  public Long getId() {
    return id;
  }

  public int getIndex() {
    return index;
  }

  public long getOriginSiteId() {
    return originSiteId;
  }

  public String getOriginSiteName() {
    return originSiteName;
  }

  public String getRoutingInstance() {
    return routingInstance;
  }

  public String getSourceAddress() {
    return sourceAddress;
  }

  public long getDestinationSiteId() {
    return destinationSiteId;
  }

  public String getDestinationSiteName() {
    return destinationSiteName;
  }

  public String getTargetAddress() {
    return targetAddress;
  }

  public State getState() {
    return state;
  }

  public Integer getProbesSent() {
    return probesSent;
  }

  public Integer getProbesReceived() {
    return probesReceived;
  }

  public Integer getPacketLoss() {
    return packetLoss;
  }

  public Double getRttMinMs() {
    return rttMinMs;
  }

  public Double getRttAvgMs() {
    return rttAvgMs;
  }

  public Double getRttMaxMs() {
    return rttMaxMs;
  }

  /** Why the pair could not be measured (state ERROR). */
  public String getMessage() {
    return message;
  }
}
