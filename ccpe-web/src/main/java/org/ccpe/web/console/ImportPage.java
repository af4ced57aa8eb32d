package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.ActivationDirectorException;
import org.ccpe.importing.CandidateFilter;
import org.ccpe.importing.ImportCandidate;
import org.ccpe.importing.ImportCandidates;
import org.ccpe.importing.ImportRun;

/**
 * The Import Customer task: the activation director's customers not imported yet (or changed at
 * the source since), with Refresh (read the source's list again), Delete (forget candidates; what
 * was imported from them stays), Import Customer (the checked rows) and Import All Customers. An
 * import runs in the background; the page polls its run for the progress bar and shows, customer
 * by customer, what was created, updated or left unchanged, or why the customer was refused.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "import";

  @EJB private ImportCandidates imports;

  private CandidateFilter filter = CandidateFilter.TO_IMPORT;
  private List<ImportCandidate> selected = new ArrayList<>();
  private Long runId;
  private ImportRun run;
  private final PagedModel<ImportCandidate> model = new PagedModel<>(page -> imports.list(filter, page),
      ImportCandidate::getExternalId);

  public void refresh() {
    try {
      ImportCandidates.Refreshed found = imports.refresh();
      selected.clear();
      FieldMessages.info("The activation director lists " + found.listed() + " customer(s): " + found.added() + " new, "
          + found.changed() + " changed, " + found.gone() + " gone");
    } catch (ActivationDirectorException e) {
      FieldMessages.global(e.getMessage());
    } catch (ValidationFailedException e) {
      FieldMessages.show(FORM, e.errors());
    }
  }

  /** Forgets the checked candidates; the customers imported from them stay in the inventory. */
  public void forget() {
    int forgotten = imports.forget(externalIds());
    selected.clear();
    FieldMessages.info(forgotten + " candidate(s) deleted from the list; imported data stays");
  }

  public void importSelected() {
    List<String> ids = externalIds();
    start(() -> runId = imports.importMany(ids));
  }

  public void importAll() {
    start(() -> runId = imports.importAll());
  }

  private void start(Runnable starting) {
    if (FieldMessages.attempt(FORM, starting)) {
      selected.clear();
      run = imports.run(runId);
    }
  }

  /** Reads the run again (the poll's listener); when it has finished the poll stops. */
  public void poll() {
    if (runId != null) {
      run = imports.run(runId);
    }
  }

  public boolean isRunning() {
    return run != null && !run.isFinished();
  }

  /** Where the run is, in words: {@code importing acme (2 of 5)} or {@code finished: 4 imported, 1 refused}. */
  public String getRunState() {
    if (run == null) {
      return "";
    }
    if (!run.isFinished()) {
      return "importing " + (run.getCurrentCustomer() == null ? "" : run.getCurrentCustomer() + " ")
          + "(" + Math.min(run.getDone() + 1, run.getTotal()) + " of " + run.getTotal() + ")";
    }
    return "finished: " + run.getImported() + " imported, " + run.getRefused() + " not imported";
  }

  private List<String> externalIds() {
    return selected.stream().map(ImportCandidate::getExternalId).toList();
  }

  public CandidateFilter[] getFilters() {
    return CandidateFilter.values();
  }

  public PagedModel<ImportCandidate> getModel() {
    return model;
  }

  public CandidateFilter getFilter() {
    return filter;
  }

  public void setFilter(CandidateFilter filter) {
    this.filter = filter == null ? CandidateFilter.TO_IMPORT : filter;
  }

  public List<ImportCandidate> getSelected() {
    return selected;
  }

  public void setSelected(List<ImportCandidate> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public ImportRun getRun() {
    return run;
  }
}
