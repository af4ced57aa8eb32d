package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.ccpe.monitoring.LinkView;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SiteStatusView;

/**
 * {@code /sites/{id}/status}: the site's status (up, down, degraded, unknown) and its links'. A
 * customer user reaches its own sites only and gets the links without the router's ifIndex.
 */
@Path("/sites/{id}/status")
@Produces(MediaType.APPLICATION_JSON)
public class SiteStatusResource {
  @EJB private MonitoringService monitoring;
  @Context private SecurityContext security;

  public record LinkStatusJson(long accessLinkId, String interfaceName, String status, Instant since,
      Instant sampledAt, Integer ifIndex, Double inBps, Double outBps, Double utilisationPercent) {
    static LinkStatusJson of(LinkView l) {
      return new LinkStatusJson(l.accessLinkId(), l.interfaceName(), RouterJson.lower(l.status()),
          l.statusSince(), l.sampledAt(), l.ifIndex(), l.inBps(), l.outBps(), l.utilisationPercent());
    }
  }

  /** A link's status as its customer sees it: no router detail. */
  public record CustomerLinkStatusJson(long accessLinkId, String interfaceName, String status, Instant since,
      Instant sampledAt, Double inBps, Double outBps, Double utilisationPercent) {
    static CustomerLinkStatusJson of(LinkView l) {
      return new CustomerLinkStatusJson(l.accessLinkId(), l.interfaceName(), RouterJson.lower(l.status()),
          l.statusSince(), l.sampledAt(), l.inBps(), l.outBps(), l.utilisationPercent());
    }
  }

  public record SiteStatusJson(long siteId, String name, long customerId, String status, Instant since,
      long linksUp, long linksDown, long linksUnknown, List<?> accessLinks) {}

  @GET
  public SiteStatusJson get(@PathParam("id") long id) {
    SiteStatusView s = monitoring.siteStatus(id);
    return new SiteStatusJson(s.siteId(), s.siteName(), s.customerId(), RouterJson.lower(s.status()), s.since(),
        s.linksUp(), s.linksDown(), s.linksUnknown(), Callers.isCustomer(security)
            ? s.links().stream().map(CustomerLinkStatusJson::of).toList()
            : s.links().stream().map(LinkStatusJson::of).toList());
  }
}
