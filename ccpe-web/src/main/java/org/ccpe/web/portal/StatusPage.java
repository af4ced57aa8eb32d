package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccpe.monitoring.CustomerAlarm;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SiteStatusView;

/**
 * Monitoring → Status: the customer's sites and access links with their status and since when,
 * and its active alarms. The service answers with the caller's own customer's only.
 */
@Named
@RequestScoped
public class StatusPage {
  @EJB private MonitoringService monitoring;

  private List<SiteStatusView> sites;
  private List<CustomerAlarm> alarms;

  public List<SiteStatusView> getSites() {
    if (sites == null) {
      sites = monitoring.customerSites();
    }
    return sites;
  }

  public List<CustomerAlarm> getAlarms() {
    if (alarms == null) {
      alarms = monitoring.customerAlarms();
    }
    return alarms;
  }
}
