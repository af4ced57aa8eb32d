package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;
import org.ccpe.provisioning.JobFilter;
import org.ccpe.provisioning.JobService;
import org.ccpe.provisioning.JobState;
import org.ccpe.provisioning.ProvisioningJob;

/**
 * The Jobs task: provisioning jobs, newest first, filtered by state and site; a row opens to the
 * router's diff, its message and error path. {@code jobs.xhtml?site=ID&job=ID} opens on one site's
 * jobs with one job open, as the Services editor links to it.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private JobService jobs;
  @EJB private SiteService sites;

  private JobState state;
  private Site site;
  private Long siteId;
  private Long openJob;
  private final PagedModel<ProvisioningJob> model = new PagedModel<>(
      page -> jobs.list(new JobFilter(site == null ? null : site.getId(), null, null, state), page),
      ProvisioningJob::getId);

  /** Applies the view parameters once ({@code f:viewAction}). */
  public void load() {
    if (siteId != null && site == null) {
      try {
        site = sites.get(siteId);
      } catch (NotFoundException e) {
        FieldMessages.global(e.getMessage());
      }
    }
  }

  /** Sites whose name contains what was typed, for the site filter. */
  public List<Site> completeSite(String typed) {
    return sites.list(new SiteFilter(null, null, typed, null), PageRequest.first(12)).items();
  }

  /** The site filter's values are site ids. */
  public Converter<Site> getSiteConverter() {
    return new Converter<>() {
      @Override
      public Site getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
          return null;
        }
        try {
          return sites.get(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundException e) {
          return null;
        }
      }

      @Override
      public String getAsString(FacesContext context, UIComponent component, Site value) {
        return value == null ? "" : String.valueOf(value.getId());
      }
    };
  }

  public void clearSite() {
    site = null;
    siteId = null;
  }

  /** Whether a row starts open: the job the page was opened for. */
  public boolean isOpen(ProvisioningJob job) {
    return Objects.equals(job.getId(), openJob);
  }

  public JobState[] getStates() {
    return JobState.values();
  }

  public PagedModel<ProvisioningJob> getModel() {
    return model;
  }

  public JobState getState() {
    return state;
  }

  public void setState(JobState state) {
    this.state = state;
  }

  public Site getSite() {
    return site;
  }

  public void setSite(Site site) {
    this.site = site;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public Long getOpenJob() {
    return openJob;
  }

  public void setOpenJob(Long openJob) {
    this.openJob = openJob;
  }
}
