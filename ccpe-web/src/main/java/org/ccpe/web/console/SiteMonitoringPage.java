package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccpe.common.NotFoundException;
import org.ccpe.monitoring.LinkView;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SiteStatusView;

/**
 * A site's monitoring ({@code site-monitoring.xhtml?site=ID}): its status, each access link's
 * status and a traffic chart per link over the last hour, day, week or month (the service picks
 * raw samples or a roll-up by the range).
 */
@Named
@ViewScoped
public class SiteMonitoringPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private MonitoringService monitoring;

  private Long siteId;
  private String range = TrafficChart.FIRST_RANGE;
  private SiteStatusView status;

  /** Loads the site once ({@code f:viewAction}). */
  public void load() {
    if (siteId == null) {
      FieldMessages.global("Choose a site from the Monitoring dashboard or the customers' sites.");
      return;
    }
    try {
      status = monitoring.siteStatus(siteId);
    } catch (NotFoundException e) {
      FieldMessages.global(e.getMessage());
    }
  }

  public void refresh() {
    load();
  }

  /** The chart of one link over the chosen range. */
  public String chart(LinkView link) {
    return TrafficChart.of(monitoring, link.accessLinkId(), range);
  }

  public List<String> getRanges() {
    return TrafficChart.ranges();
  }

  public SiteStatusView getStatus() {
    return status;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }

  public String getRange() {
    return range;
  }

  public void setRange(String range) {
    this.range = TrafficChart.knownRange(range);
  }
}
