package org.ccpe.importing;

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
import org.ccpe.common.ServerNode;

/**
 * A topology import running in the background: a document above the size threshold (or posted
 * with {@code ?async=true}) is answered 202 with this job's location, and the job keeps its state,
 * progress and, at the end, the report or the errors (as the JSON the synchronous answer would
 * have had).
 */
@Entity
@Table(name = "import_job")
public class ImportJob {
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ccpe_import_job_id")
  @SequenceGenerator(name = "ccpe_import_job_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(nullable = false)
  private int entities;

  @Column(length = 16)
  private String phase;

  @Column(name = "done_count", nullable = false)
  private int done;

  @Column(nullable = false, length = 128)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column
  private String result;

  /** The server node running the job ({@link org.ccpe.common.InterruptedJobs}). */
  @Column(length = 128)
  private String node;

  protected ImportJob() {}

  ImportJob(boolean dryRun, int entities, String actor) {
    this.state = State.QUEUED;
    this.dryRun = dryRun;
    this.entities = entities;
    this.actor = actor;
    this.createdAt = Instant.now();
    this.node = ServerNode.name();
  }

  void start() {
    state = State.RUNNING;
    startedAt = Instant.now();
  }

  void progress(String phase, int done) {
    this.phase = phase;
    this.done = done;
  }

  void finish(State end, String result) {
    state = end;
    this.result = result;
    finishedAt = Instant.now();
    if (end == State.DONE) {
      phase = "done";
      done = entities;
    }
  }

  public Long getId() {
    return id;
  }

  public State getState() {
    return state;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public int getEntities() {
    return entities;
  }

  public String getPhase() {
    return phase;
  }

  public int getDone() {
    return done;
  }

  public String getActor() {
    return actor;
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

  /** The report (done) or the problem JSON with every error (failed); null before the end. */
  public String getResult() {
    return result;
  }
}
