package org.ccpe.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer the activation director listed at the last refresh, which the operator may import.
 * It is <em>changed since import</em> when the source's own last-update date moved past the one it
 * had when we imported it (the source's dates compared with each other, never with our clock).
 * Forgetting a candidate hides it and leaves whatever was imported from it in the inventory; it
 * comes back only when the source changes the customer again.
 */
@Entity
@Table(name = "import_candidate")
public class ImportCandidate {
  static final int TEXT = 255;

  @Id
  @Column(name = "external_id", length = 128)
  private String externalId;

  @Column(nullable = false, length = TEXT)
  private String name;

  @Column(name = "account_number", length = TEXT)
  private String accountNumber;

  @Column(name = "contact_name", length = TEXT)
  private String contactName;

  @Column(name = "contact_email", length = TEXT)
  private String contactEmail;

  @Column(name = "source_created")
  private Instant sourceCreated;

  @Column(name = "source_updated")
  private Instant sourceUpdated;

  @Column(name = "seen_at", nullable = false)
  private Instant seenAt;

  @Column(name = "imported_at")
  private Instant importedAt;

  @Column(name = "imported_source_updated")
  private Instant importedSourceUpdated;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_outcome", length = 16)
  private ImportRunItem.Outcome lastOutcome;

  @Column(nullable = false)
  private boolean forgotten;

  protected ImportCandidate() {}

  ImportCandidate(String externalId) {
    this.externalId = externalId;
  }

  /**
   * Takes what the source lists now. A forgotten candidate whose source date moved is shown again:
   * the customer changed after the operator set it aside.
   */
  void listed(AdCustomerSummary summary, Instant now) {
    Instant updated = summary.lastUpdated() == null ? null : summary.lastUpdated().toInstant();
    if (forgotten && !Objects.equals(updated, sourceUpdated)) {
      forgotten = false;
    }
    name = cut(summary.name());
    accountNumber = cut(summary.accountNumber());
    contactName = cut(summary.contactName());
    contactEmail = cut(summary.contactEmail());
    sourceCreated = summary.created() == null ? null : summary.created().toInstant();
    sourceUpdated = updated;
    seenAt = now;
  }

  /** Imported now, as the source had it at the last refresh. */
  void imported(Instant now) {
    importedAt = now;
    importedSourceUpdated = sourceUpdated;
    lastOutcome = ImportRunItem.Outcome.IMPORTED;
  }

  void notImported(ImportRunItem.Outcome outcome) {
    lastOutcome = outcome;
  }

  void forget() {
    forgotten = true;
  }

  /** Whether the source changed the customer after we imported it. */
  public boolean isChangedSinceImport() {
    return importedAt != null && sourceUpdated != null
        && (importedSourceUpdated == null || sourceUpdated.isAfter(importedSourceUpdated));
  }

  public boolean isImported() {
    return importedAt != null;
  }

  /** In words, for the table: not imported, imported, changed since import. */
  public String getState() {
    return importedAt == null ? "not imported" : isChangedSinceImport() ? "changed" : "imported";
  }

  private static String cut(String text) {
    return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT - 1) + "…";
  }

  public String getExternalId() {
    return externalId;
  }

  public String getName() {
    return name;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public Instant getSourceCreated() {
    return sourceCreated;
  }

  public Instant getSourceUpdated() {
    return sourceUpdated;
  }

  public Instant getSeenAt() {
    return seenAt;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public ImportRunItem.Outcome getLastOutcome() {
    return lastOutcome;
  }

  public boolean isForgotten() {
    return forgotten;
  }
}
