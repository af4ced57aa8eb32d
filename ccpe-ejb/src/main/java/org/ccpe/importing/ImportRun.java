package org.ccpe.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;

/**
 * One import of activation-director customers, one customer after the other, each in its own
 * transaction so that a refused customer does not hold back the others. Its counters move as it
 * goes, which is what the console's progress bar polls; its {@link ImportRunItem}s say what became
 * of each customer.
 */
@Entity
@Table(name = "import_run")
public class ImportRun {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_id")
  @SequenceGenerator(name = "import_run_id", sequenceName = "ccpe_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "started_by", nullable = false, length = 128)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private int done;

  @Column(nullable = false)
  private int refused;

  @Column(name = "current_customer", length = ImportCandidate.TEXT)
  private String currentCustomer;

  @Transient
  private List<ImportRunItem> items = List.of();

  protected ImportRun() {}

  ImportRun(String startedBy, int total) {
    this.startedBy = startedBy;
    this.total = total;
    this.startedAt = Instant.now();
  }

  void working(String customer) {
    currentCustomer = customer;
  }

  void finishedOne(boolean imported) {
    done++;
    if (!imported) {
      refused++;
    }
  }

  void finish() {
    currentCustomer = null;
    finishedAt = Instant.now();
  }

  ImportRun withItems(List<ImportRunItem> items) {
    this.items = List.copyOf(items);
    return this;
  }

  public boolean isFinished() {
    return finishedAt != null;
  }

  /** Done as a whole percentage, 100 once finished (also for a run of nothing). */
  public int getPercent() {
    return isFinished() || total == 0 ? 100 : done * 100 / total;
  }

  public Long getId() {
    return id;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public int getTotal() {
    return total;
  }

  public int getDone() {
    return done;
  }

  /** Customers refused by the validation or that could not be fetched. */
  public int getRefused() {
    return refused;
  }

  public int getImported() {
    return done - refused;
  }

  public String getCurrentCustomer() {
    return currentCustomer;
  }

  /** What became of each customer so far, in the order imported; filled when read through {@link ImportCandidates}. */
  public List<ImportRunItem> getItems() {
    return items;
  }
}
