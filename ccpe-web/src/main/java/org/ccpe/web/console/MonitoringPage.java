package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.ccpe.monitoring.AlarmBook;
import org.ccpe.monitoring.LinkView;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.Severity;
import org.ccpe.monitoring.SiteStatus;

/** The Monitoring dashboard: customers and sites by status, active alarms, the busiest access links. */
@Named
@RequestScoped
public class MonitoringPage {
  @EJB private MonitoringService monitoring;
  @EJB private AlarmBook alarms;

  private Map<String, Map<SiteStatus, Long>> counts;

  public Map<SiteStatus, Long> getSites() {
    return counts().get("sites");
  }

  public Map<SiteStatus, Long> getCustomers() {
    return counts().get("customers");
  }

  public SiteStatus[] getStatuses() {
    return SiteStatus.values();
  }

  public Map<Severity, Long> getActiveAlarms() {
    return alarms.activeBySeverity();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public List<LinkView> getTopLinks() {
    return monitoring.topUtilisation(10);
  }

  private Map<String, Map<SiteStatus, Long>> counts() {
    if (counts == null) {
      counts = monitoring.statusCounts();
    }
    return counts;
  }
}
