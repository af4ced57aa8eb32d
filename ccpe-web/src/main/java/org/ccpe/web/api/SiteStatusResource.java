package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.ccpe.monitoring.LinkView;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SiteStatusView;

/** {@code /sites/{id}/status}: the site's status (up, down, degraded, unknown) and its links'. */
@Path("/sites/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
public class SiteStatusResource {
  @EJB private MonitoringService monitoring;

  public record LinkStatusJson(long accessLinkId, String interfaceName, String status, Instant since,
      Instant sampledAt, Integer ifIndex, Double inBps, Double outBps, Double utilisationPercent) {
    static LinkStatusJson of(LinkView l) {
      return new LinkStatusJson(l.accessLinkId(), l.interfaceName(), RouterJson.lower(l.status()),
          l.statusSince(), l.sampledAt(), l.ifIndex(), l.inBps(), l.outBps(), l.utilisationPercent());
    }
  }

  public record SiteStatusJson(long siteId, String name, long customerId, String status, Instant since,
      long linksUp, long linksDown, long linksUnknown, List<LinkStatusJson> accessLinks) {}

  @GET
  public SiteStatusJson get(@PathParam("id") long id) {
    SiteStatusView s = monitoring.siteStatus(id);
    return new SiteStatusJson(s.siteId(), s.siteName(), s.customerId(), RouterJson.lower(s.status()), s.since(),
        s.linksUp(), s.linksDown(), s.linksUnknown(), s.links().stream().map(LinkStatusJson::of).toList());
  }
}
