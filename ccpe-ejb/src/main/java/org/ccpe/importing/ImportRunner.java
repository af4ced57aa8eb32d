package org.ccpe.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.access.Roles;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FieldError;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.ImportRunItem.Outcome;

/**
 * Walks an {@link ImportRun}'s customers: fetches each from the activation director and imports it
 * in its own transaction ({@link ImportRuns}), so one refused or unreachable customer is reported
 * and the next one goes on. Outside any transaction itself: the HTTP calls hold no database
 * connection. A run of many customers goes in the background ({@link #runInBackground}, the
 * caller's identity travelling with it for the audit trail); the console polls its progress.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportRunner {
  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @EJB private ImportRuns runs;

  @Asynchronous
  public void runInBackground(long runId, List<String> externalIds, Map<String, String> names,
      ActivationDirectorSettings settings) {
    run(runId, externalIds, names, settings);
  }

  /** Imports each customer in turn, then marks the run finished, whatever happened on the way. */
  public void run(long runId, List<String> externalIds, Map<String, String> names, ActivationDirectorSettings settings) {
    ActivationDirectorClient source = new ActivationDirectorClient(settings);
    try {
      int itemNo = 0;
      for (String id : externalIds) {
        String name = names.getOrDefault(id, id);
        runs.working(runId, name);
        importOne(runId, itemNo++, id, name, source);
      }
    } finally {
      runs.finish(runId);
    }
  }

  private void importOne(long runId, int itemNo, String id, String name, ActivationDirectorClient source) {
    try {
      runs.importCustomer(runId, itemNo, source.customer(id));
    } catch (ActivationDirectorException e) {
      runs.notImported(runId, itemNo, id, name, Outcome.FAILED, List.of(new FieldError("", e.getMessage())));
    } catch (ValidationFailedException e) {
      runs.notImported(runId, itemNo, id, name, Outcome.REFUSED, e.errors());
    } catch (ConflictException e) {
      runs.notImported(runId, itemNo, id, name, Outcome.REFUSED, e.errors());
    } catch (EJBException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "import of activation-director customer " + id + " failed", e);
      runs.notImported(runId, itemNo, id, name, Outcome.FAILED, List.of(new FieldError("", rootMessage(e))));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
