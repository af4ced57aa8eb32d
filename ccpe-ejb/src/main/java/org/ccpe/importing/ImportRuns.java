package org.ccpe.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.ccpe.access.Roles;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.FieldError;
import org.ccpe.importing.ImportRunItem.Outcome;
import org.ccpe.inventory.Source;

/**
 * The steps of an {@link ImportRun}, each in a transaction of its own so the run's progress is
 * visible while it goes and a refused customer rolls back only itself: one customer's import
 * together with its candidate marked imported and its outcome recorded, or its refusal recorded.
 * Called by {@link ImportCandidates} and {@link ImportRunner} only.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {
  @PersistenceContext private EntityManager em;
  @EJB private TopologyImporter importer;
  @EJB private AuditTrail audit;

  public ImportRun start(int total) {
    ImportRun run = new ImportRun(audit.currentActor(), total);
    em.persist(run);
    return run;
  }

  public void working(long runId, String customer) {
    em.find(ImportRun.class, runId).working(customer);
  }

  /**
   * Imports one customer as a document of its own; on a refusal ({@link
   * org.ccpe.common.ValidationFailedException}) nothing of it is stored, not even its outcome:
   * record that with {@link #notImported}.
   */
  public ImportRunItem importCustomer(long runId, int itemNo, TopologyDocument.CustomerEntry customer) {
    ImportReport report = importer.importDocument(new TopologyDocument(List.of(customer)), false, Source.IMPORT);
    ImportCandidate candidate = em.find(ImportCandidate.class, customer.externalId());
    if (candidate != null) {
      candidate.imported(Instant.now());
    }
    ImportRunItem item = ImportRunItem.imported(runId, itemNo, customer.externalId(), customer.name(), report);
    em.persist(item);
    em.find(ImportRun.class, runId).finishedOne(true);
    return item;
  }

  public ImportRunItem notImported(long runId, int itemNo, String externalId, String name, Outcome outcome,
      List<FieldError> errors) {
    ImportCandidate candidate = em.find(ImportCandidate.class, externalId);
    if (candidate != null) {
      candidate.notImported(outcome);
    }
    ImportRunItem item = outcome == Outcome.REFUSED
        ? ImportRunItem.refused(runId, itemNo, externalId, name, errors)
        : ImportRunItem.failed(runId, itemNo, externalId, name, errors.get(0).message());
    em.persist(item);
    em.find(ImportRun.class, runId).finishedOne(false);
    return item;
  }

  public void finish(long runId) {
    em.find(ImportRun.class, runId).finish();
  }
}
