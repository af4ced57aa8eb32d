package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private static final Map<String, Duration> RANGES = new LinkedHashMap<>();

  static {
    RANGES.put("1h", Duration.ofHours(1));
    RANGES.put("24h", Duration.ofHours(24));
    RANGES.put("7d", Duration.ofDays(7));
    RANGES.put("30d", Duration.ofDays(30));
  }

  @EJB private MonitoringService monitoring;

  private Long siteId;
  private String range = "1h";
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
    Instant to = Instant.now();
    Duration span = RANGES.getOrDefault(range, Duration.ofHours(1));
    return TrafficChart.of(monitoring.statistics(link.accessLinkId(), to.minus(span), to, null).points());
  }

  public List<String> getRanges() {
    return List.copyOf(RANGES.keySet());
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
    this.range = RANGES.containsKey(range) ? range : "1h";
  }
}
