package org.ccpe.monitoring;

import static org.ccpe.monitoring.Jdbc.doubleOrNull;
import static org.ccpe.monitoring.Jdbc.instant;
import static org.ccpe.monitoring.Jdbc.intOrNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ccpe.access.Roles;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Violations;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.Router;
import org.ccpe.inventory.Site;

/**
 * What the console and the API read and set about monitoring: a router's poll settings, site and
 * link status, the dashboard's counts and top links, a link's statistics. Provider roles only for
 * now (the customer's view comes with the portal's slice).
 *
 * <p>Statuses are read from {@code link_state} with one grouped query, so the status of 10,000
 * sites costs one pass over their links rather than a query per site.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
public class MonitoringService {
  static final String ENTITY = "router-monitoring";
  /** The longest range each granularity answers, and the most points one answer carries. */
  static final Map<Granularity, Duration> MAX_RANGE = Map.of(
      Granularity.RAW, Duration.ofHours(48), Granularity.FIVE_MINUTES, Duration.ofDays(31),
      Granularity.HOUR, Duration.ofDays(366));
  static final int MAX_POINTS = 10_000;

  private static final String LINKS = "SELECT l.id, l.interface_name, s.id, s.name, c.id, c.name, r.name,"
      + " st.status, st.status_since, st.sampled_at, st.if_index, st.in_bps, st.out_bps, st.utilisation"
      + " FROM access_link l JOIN site s ON s.id = l.site_id JOIN customer c ON c.id = s.customer_id"
      + " JOIN router r ON r.id = l.router_id LEFT JOIN link_state st ON st.access_link_id = l.id";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private PollBook book;

  @Resource(lookup = "java:jboss/datasources/CcpeDS")
  private DataSource dataSource;

  /** A router's poll settings (the defaults when never set). */
  public RouterMonitoring monitoring(long routerId) {
    router(routerId);
    return book.settings(routerId);
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
  public RouterMonitoring updateMonitoring(long routerId, MonitoringSpec spec) {
    Router router = router(routerId);
    if (spec == null) {
      Violations v = new Violations();
      v.add("body", "is required");
      v.throwIfAny();
    }
    RouterMonitoring stored = em.find(RouterMonitoring.class, routerId);
    RouterMonitoring current = stored == null ? RouterMonitoring.defaults(routerId) : stored;
    var before = current.auditView();
    current.apply(spec.validate(current));
    if (stored == null) {
      em.persist(current);
    }
    em.flush();
    audit.updated(ENTITY, routerId, router.getName(), before, current.auditView());
    book.pollSoon(routerId); // a new interval applies from now, not after the old one ran out
    return current;
  }

  /** How polling of a router goes: last success, failures in a row, last error, next poll. */
  public PollStatus pollStatus(long routerId) {
    router(routerId);
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT next_poll_at, last_attempt_at, last_success_at, failures, last_error FROM router_poll_state"
            + " WHERE router_id = ?")) {
      s.setLong(1, routerId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? new PollStatus(instant(rs, 1), instant(rs, 2), instant(rs, 3), rs.getInt(4), rs.getString(5))
            : new PollStatus(null, null, null, 0, null);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public record PollStatus(Instant nextPollAt, Instant lastAttemptAt, Instant lastSuccessAt, int failures,
      String lastError) {}

  public SiteStatusView siteStatus(long siteId) {
    Site site = Site.load(em, siteId);
    List<LinkView> links = links(" WHERE s.id = ? ORDER BY l.interface_name", siteId, Integer.MAX_VALUE);
    long up = links.stream().filter(l -> l.status() == LinkStatus.UP).count();
    long down = links.stream().filter(l -> l.status() == LinkStatus.DOWN).count();
    Instant since = links.stream().map(LinkView::statusSince).filter(java.util.Objects::nonNull)
        .max(Instant::compareTo).orElse(null);
    return new SiteStatusView(siteId, site.getName(), site.getCustomer().getId(),
        SiteStatus.of(up, down, links.size() - up - down), since, up, down, links.size() - up - down, links);
  }

  /** Sites counted by status, and customers by their worst site's status (every status present). */
  public Map<String, Map<SiteStatus, Long>> statusCounts() {
    Map<SiteStatus, Long> sites = zeroes();
    Map<Long, SiteStatus> worstPerCustomer = new HashMap<>();
    forEachSite((site, customer, status) -> {
      sites.merge(status, 1L, Long::sum);
      worstPerCustomer.merge(customer, status, (a, b) -> a.badness() >= b.badness() ? a : b);
    });
    Map<SiteStatus, Long> customers = zeroes();
    worstPerCustomer.values().forEach(s -> customers.merge(s, 1L, Long::sum));
    return Map.of("sites", sites, "customers", customers);
  }

  /** The busiest links by their latest utilisation. */
  public List<LinkView> topUtilisation(int count) {
    return links(" WHERE st.utilisation IS NOT NULL ORDER BY st.utilisation DESC, l.id", null, Math.min(count, 100));
  }

  /**
   * A link's history in [from, to). Without a step, the finest granularity whose range allows it
   * (raw up to 48 h, 5-minute up to 31 days, hourly up to a year).
   */
  public Statistics statistics(long accessLinkId, Instant from, Instant to, Granularity step) {
    if (em.find(AccessLink.class, accessLinkId) == null) {
      throw new NotFoundException("access-link", accessLinkId);
    }
    Violations v = new Violations();
    if (from == null) {
      v.add("from", "is required");
    }
    if (to == null) {
      v.add("to", "is required");
    }
    if (from != null && to != null && !from.isBefore(to)) {
      v.add("to", "must be after from");
    }
    v.throwIfAny();
    Duration range = Duration.between(from, to);
    Granularity granularity = step != null ? step : range.compareTo(MAX_RANGE.get(Granularity.RAW)) <= 0
        ? Granularity.RAW
        : range.compareTo(MAX_RANGE.get(Granularity.FIVE_MINUTES)) <= 0 ? Granularity.FIVE_MINUTES : Granularity.HOUR;
    if (range.compareTo(MAX_RANGE.get(granularity)) > 0) {
      v.add(step == null ? "to" : "step", "a range of at most " + MAX_RANGE.get(granularity).toHours()
          + " hours at step " + granularity.name().toLowerCase() + "; choose a coarser step or a shorter range");
    }
    v.throwIfAny();
    try (Connection c = dataSource.getConnection()) {
      List<SeriesPoint> points = SampleHistory.series(c, accessLinkId, from, to, granularity, MAX_POINTS + 1);
      boolean truncated = points.size() > MAX_POINTS;
      return new Statistics(accessLinkId, from, to, granularity,
          truncated ? points.subList(0, MAX_POINTS) : points, truncated);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private interface SiteRow {
    void accept(long siteId, long customerId, SiteStatus status);
  }

  private void forEachSite(SiteRow row) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT s.id, s.customer_id, COUNT(l.id),"
            + " SUM(CASE WHEN st.status = 'UP' THEN 1 ELSE 0 END), SUM(CASE WHEN st.status = 'DOWN' THEN 1 ELSE 0 END)"
            + " FROM site s LEFT JOIN access_link l ON l.site_id = s.id"
            + " LEFT JOIN link_state st ON st.access_link_id = l.id GROUP BY s.id, s.customer_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        long links = rs.getLong(3);
        long up = rs.getLong(4);
        long down = rs.getLong(5);
        row.accept(rs.getLong(1), rs.getLong(2), SiteStatus.of(up, down, links - up - down));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<LinkView> links(String where, Long parameter, int max) {
    List<LinkView> views = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LINKS + where)) {
      if (parameter != null) {
        s.setLong(1, parameter);
      }
      s.setMaxRows(max == Integer.MAX_VALUE ? 0 : max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String status = rs.getString(8);
          views.add(new LinkView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
              rs.getString(6), rs.getString(7), status == null ? LinkStatus.UNKNOWN : LinkStatus.valueOf(status),
              instant(rs, 9), instant(rs, 10), intOrNull(rs, 11), doubleOrNull(rs, 12), doubleOrNull(rs, 13),
              doubleOrNull(rs, 14)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return views;
  }

  private Router router(long routerId) {
    Router router = em.find(Router.class, routerId);
    if (router == null) {
      throw new NotFoundException("router", routerId);
    }
    return router;
  }

  private static Map<SiteStatus, Long> zeroes() {
    Map<SiteStatus, Long> counts = new EnumMap<>(SiteStatus.class);
    for (SiteStatus s : SiteStatus.values()) {
      counts.put(s, 0L);
    }
    return counts;
  }
}
