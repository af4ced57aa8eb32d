package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;
import org.ccpe.provisioning.JobFilter;
import org.ccpe.provisioning.JobService;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.services.ServiceChangeService;
import org.ccpe.services.ServicesView;

/**
 * The portal's Dashboard: the customer's sites with how far their settings got to the router, and
 * the latest changes as their jobs. The services scope everything to the caller's customer.
 */
@Named
@RequestScoped
public class PortalDashboard {
  private static final int MAX_SITES = 50;

  @EJB private PortalTasks tasks;
  @EJB private SiteService sites;
  @EJB private ServiceChangeService services;
  @EJB private JobService jobs;

  private List<SiteRow> siteRows;

  /** A site and the state of its service settings, in words a customer understands. */
  public record SiteRow(long id, String name, String description, String lanGateway, String state,
      String stateKey) {}

  public List<SiteRow> getSites() {
    if (siteRows == null) {
      tasks.require(PortalTask.DASHBOARD);
      siteRows = sites.list(new SiteFilter(null, null, null, null), PageRequest.first(MAX_SITES)).items().stream()
          .map(this::row)
          .toList();
    }
    return siteRows;
  }

  public List<ProvisioningJob> getRecentJobs() {
    tasks.require(PortalTask.DASHBOARD);
    return jobs.list(new JobFilter(null, null, null, null), PageRequest.first(10)).items();
  }

  private SiteRow row(Site site) {
    ServicesView view = services.get(site.getId());
    String state = !view.provisioned() ? "not configured yet"
        : view.applied() ? "in service"
        : "change on its way to the router";
    String key = !view.provisioned() ? "none" : view.applied() ? "applied" : "pending";
    return new SiteRow(site.getId(), site.getName(), site.getDescription(), site.getLanGateway(), state, key);
  }
}
