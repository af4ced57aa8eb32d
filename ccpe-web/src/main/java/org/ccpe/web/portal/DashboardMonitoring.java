package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ccpe.monitoring.CustomerOverview;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SiteStatus;

/** The Dashboard's monitoring widgets: sites by status, active alarms, the busiest links. */
@Named
@RequestScoped
public class DashboardMonitoring {
  @EJB private MonitoringService monitoring;

  private CustomerOverview overview;

  public CustomerOverview getOverview() {
    if (overview == null) {
      overview = monitoring.customerOverview();
    }
    return overview;
  }

  public SiteStatus[] getStatuses() {
    return SiteStatus.values();
  }
}
