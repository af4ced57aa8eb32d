package org.ccpe.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccpe.access.Roles;
import org.ccpe.audit.AuditTrail;

/**
 * Import jobs' state, each change in a transaction of its own so that whoever polls the job sees it
 * at once, while the import itself is still uncommitted ({@link ImportJobRunner}).
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class ImportJobs {
  /** Documents with more entities than this (customers, sites and links together) run as a job. */
  public static final String THRESHOLD_PROPERTY = "ccpe.import.async-threshold";
  public static final int DEFAULT_THRESHOLD = 5000;

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  public static int threshold() {
    return Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD);
  }

  /** A new queued job for a document of {@code entities} entities, by the caller. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long queue(boolean dryRun, int entities) {
    ImportJob job = new ImportJob(dryRun, entities, audit.currentActor());
    em.persist(job);
    return job.getId();
  }

  public Optional<ImportJob> find(long id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void started(long id) {
    em.find(ImportJob.class, id).start();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void progress(long id, String phase, int done) {
    em.find(ImportJob.class, id).progress(phase, done);
  }

  /** The end of a job whose import did not commit: the errors (or what went wrong) as problem JSON. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String problem) {
    em.find(ImportJob.class, id).finish(ImportJob.State.FAILED, problem);
  }

  /** The end of a job, in the import's own transaction: the job is done exactly when the import commits. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void done(long id, String report) {
    em.find(ImportJob.class, id).finish(ImportJob.State.DONE, report);
  }
}
