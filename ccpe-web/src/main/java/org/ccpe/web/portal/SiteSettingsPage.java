package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccpe.common.ForbiddenException;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.PageRequest;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.inventory.Site;
import org.ccpe.provisioning.JobFilter;
import org.ccpe.provisioning.JobService;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.services.ServiceChange;
import org.ccpe.services.ServiceChangeService;
import org.ccpe.services.ServicesView;
import org.ccpe.web.console.FieldMessages;
import org.ccpe.web.console.ServicesDraft;
import org.ccpe.web.console.SiteServicesPage;

/**
 * The portal's site settings pages (static routes, DHCP server or relay, NAT port mappings,
 * firewall rules): one site of the customer at a time, one section of its settings shown, the
 * whole document sent through the same {@link ServiceChangeService} as the console. The service
 * decides what a customer may change (its switched-on tasks; never the provider's sections);
 * this page only says it in words a customer understands, and follows the change's job until
 * the router has it.
 */
@Named
@ViewScoped
public class SiteSettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "settings";

  @EJB private ServiceChangeService services;
  @EJB private JobService jobs;
  @Inject private CustomerSites customerSites;

  private Long siteId;
  private String siteName;
  private ServicesView view;
  private ServicesDraft draft;
  private ProvisioningJob job;

  /** Opens the site of the {@code site} parameter, or the customer's first site ({@code f:viewAction}). */
  public void load() {
    if (draft != null) {
      return;
    }
    List<Site> sites = customerSites.getAll();
    if (siteId == null && !sites.isEmpty()) {
      siteId = sites.get(0).getId();
    }
    if (siteId != null) {
      open();
    }
  }

  /** Reads the site's settings and its latest job (each site is its own GET of the page). */
  private void open() {
    draft = null;
    job = null;
    try {
      view = services.get(siteId);
      siteName = customerSites.getAll().stream().filter(s -> s.getId().equals(siteId)).map(Site::getName)
          .findFirst().orElse("");
      draft = ServicesDraft.of(view.settings());
      List<ProvisioningJob> latest = jobs.list(new JobFilter(siteId, null, null, null), PageRequest.first(1)).items();
      job = latest.isEmpty() ? null : latest.get(0);
    } catch (NotFoundException e) {
      FieldMessages.global("There is no such site among yours.");
    }
  }

  /** Sends the settings; on success follows the job that brings them to the router. */
  public void save() {
    try {
      ServiceChange change = services.change(siteId, expectedVersion(), draft.settings());
      view = change.services();
      draft = ServicesDraft.of(view.settings());
      job = change.job();
      FieldMessages.info("Saved. Your router is being updated: see Latest change above.");
      return;
    } catch (ValidationFailedException e) {
      FieldMessages.global("Nothing was changed: see why below.");
      FieldMessages.show(FORM, e.errors(), error -> SiteServicesPage.label(error.field()));
    } catch (ForbiddenException e) {
      FieldMessages.global("Nothing was changed: " + e.getMessage() + ".");
    } catch (StaleVersionException e) {
      FieldMessages.global("Nothing was changed: someone else changed this site's settings meanwhile. "
          + "Open the site again to see them, then redo your change.");
    } catch (NotFoundException e) {
      FieldMessages.global("There is no such site among yours.");
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * The version a change starts from. It moves when the router applies a revision too, which
   * changes nothing the customer edits, so only a newer revision makes an edit stale.
   */
  private Long expectedVersion() {
    ServicesView current = services.get(siteId);
    if (current.revision() != view.revision()) {
      throw new StaleVersionException("site services", siteId, view.version(), current.version());
    }
    return current.provisioned() ? current.version() : null;
  }

  /** The poll while a job runs. */
  public void refreshJob() {
    if (job != null) {
      job = jobs.get(job.getId());
    }
  }

  public boolean isTracking() {
    return job != null && !job.getState().isFinal();
  }

  /** The job's progress in a customer's words. */
  public String getJobText() {
    return job == null ? "" : JobWords.of(job);
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getSiteName() {
    return siteName;
  }

  public ServicesView getView() {
    return view;
  }

  public ServicesDraft getDraft() {
    return draft;
  }

  public ProvisioningJob getJob() {
    return job;
  }
}
