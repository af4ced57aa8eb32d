package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.web.console.FieldMessages;
import org.ccpe.web.console.TrafficChart;

/**
 * Monitoring → Traffic History: one of the customer's access links at a time, its bits per second
 * in and out over the last hour, day, week or month (the console's chart, same service).
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LINKS = 500;

  @EJB private AccessLinkService accessLinks;
  @EJB private MonitoringService monitoring;

  private List<LinkChoice> links;
  private Long linkId;
  private String range = TrafficChart.FIRST_RANGE;
  private String chart;

  /** An access link as the chooser lists it: site, interface and the customer's name for it. */
  public record LinkChoice(long id, String label) {}

  /** Lists the links once ({@code f:viewAction}) and picks the first unless one was asked for. */
  public void load() {
    links = accessLinks.list(new AccessLinkFilter(null, null, null, null, null), PageRequest.first(MAX_LINKS))
        .items().stream()
        .map(l -> new LinkChoice(l.getId(), l.getSite().getName() + " — " + l.getInterfaceName()
            + (l.getName() == null || l.getName().isBlank() ? "" : " (" + l.getName() + ")")))
        .toList();
    if (linkId == null && !links.isEmpty()) {
      linkId = links.get(0).id();
    }
    draw();
  }

  /** Draws the chosen link's chart over the chosen range (on opening and on every choice). */
  public void draw() {
    chart = null;
    if (linkId == null) {
      return;
    }
    try {
      chart = TrafficChart.of(monitoring, linkId, range);
    } catch (NotFoundException e) {
      FieldMessages.global("There is no such access link among yours.");
    }
  }

  /** The chart's Chart.js configuration; null when there is nothing to draw. */
  public String getChart() {
    return chart;
  }

  public List<LinkChoice> getLinks() {
    return links;
  }

  public List<String> getRanges() {
    return TrafficChart.ranges();
  }

  public Long getLinkId() {
    return linkId;
  }

  public void setLinkId(Long linkId) {
    this.linkId = linkId;
  }

  public String getRange() {
    return range;
  }

  public void setRange(String range) {
    this.range = TrafficChart.knownRange(range);
  }
}
