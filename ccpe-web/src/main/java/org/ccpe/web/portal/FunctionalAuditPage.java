package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ccpe.common.FieldError;
import org.ccpe.common.ForbiddenException;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.diagnostics.FunctionalAudit;
import org.ccpe.diagnostics.FunctionalAuditRequest;
import org.ccpe.diagnostics.FunctionalAudits;
import org.ccpe.web.console.FieldMessages;

/**
 * Monitoring → Functional Audit: the customer picks origin and destination sites and starts an
 * audit; the page follows it until every pair has its result, and lists the latest audits.
 */
@Named
@ViewScoped
public class FunctionalAuditPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "audit";

  @EJB private FunctionalAudits audits;

  private List<Long> origins = new ArrayList<>();
  private List<Long> destinations = new ArrayList<>();
  private FunctionalAudit current;
  private List<FunctionalAudit> latest;

  /** The latest audits, the newest shown; nothing when the task is off (the page then says so). */
  public void load() {
    try {
      latest = audits.latest(null, 10);
    } catch (ForbiddenException e) {
      latest = List.of();
    }
    if (current == null && !latest.isEmpty()) {
      current = latest.get(0);
    }
  }

  /** Stores the audit and starts it; the poll then follows it. */
  public void schedule() {
    try {
      current = audits.schedule(new FunctionalAuditRequest(List.copyOf(origins), List.copyOf(destinations)));
      latest = audits.latest(null, 10);
      int pairs = current.getPairs().size();
      FieldMessages.info("Audit started: " + pairs + (pairs == 1 ? " pair" : " pairs") + " of sites being tested.");
    } catch (ValidationFailedException e) {
      // each refusal beside the list it is about (originSiteIds[1] is the origin list's)
      FacesContext faces = FacesContext.getCurrentInstance();
      for (FieldError error : e.errors()) {
        String list = FORM + ":" + (error.field().startsWith("origin") ? "originSiteIds" : "destinationSiteIds");
        faces.addMessage(list, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message()));
      }
      faces.validationFailed();
    }
  }

  /** Shows an earlier audit. */
  public void show(long id) {
    try {
      current = audits.get(id);
    } catch (NotFoundException e) {
      FieldMessages.global("There is no such audit among yours.");
    }
  }

  public void refresh() {
    if (current != null) {
      current = audits.get(current.getId());
      if (!isRunning()) {
        latest = audits.latest(null, 10);
      }
    }
  }

  public boolean isRunning() {
    return current != null
        && (current.getState() == FunctionalAudit.State.QUEUED || current.getState() == FunctionalAudit.State.RUNNING);
  }

  public List<Long> getOrigins() {
    return origins;
  }

  public void setOrigins(List<Long> origins) {
    this.origins = origins == null ? new ArrayList<>() : origins;
  }

  public List<Long> getDestinations() {
    return destinations;
  }

  public void setDestinations(List<Long> destinations) {
    this.destinations = destinations == null ? new ArrayList<>() : destinations;
  }

  public FunctionalAudit getCurrent() {
    return current;
  }

  public List<FunctionalAudit> getLatest() {
    return latest;
  }
}
