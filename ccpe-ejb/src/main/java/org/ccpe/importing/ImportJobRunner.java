package org.ccpe.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.function.Function;
import org.ccpe.access.Roles;
import org.ccpe.inventory.Source;

/**
 * Runs an import job in the background, as the caller who posted it (the identity travels with the
 * asynchronous call, so the audit trail names them). The import and the job's {@code done} commit
 * together; a refused or failed import rolls back and the job is marked failed with the problem.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class ImportJobRunner {
  @EJB private ImportJobs jobs;
  @EJB private TopologyImporter importer;
  @Resource private SessionContext context;

  /**
   * @param problem renders a refusal or failure as the problem JSON the synchronous answer would
   *     have carried (every validation error by its path)
   */
  @Asynchronous
  public void run(long jobId, TopologyDocument document, boolean dryRun, Source source, String idempotencyKey,
      String bodyHash, Function<RuntimeException, String> problem) {
    jobs.started(jobId);
    try {
      TopologyImporter.Keyed result = importer.importDocument(document, dryRun, source, idempotencyKey, bodyHash,
          (phase, done) -> jobs.progress(jobId, phase, done));
      jobs.done(jobId, result.replayed() != null ? result.replayed() : TopologyImporter.json(result.report()));
    } catch (RuntimeException e) {
      context.setRollbackOnly();
      jobs.failed(jobId, problem.apply(e));
    }
  }
}
