package org.ccpe.monitoring;

import static org.ccpe.common.Jdbc.doubleOrNull;
import static org.ccpe.common.Jdbc.instant;
import static org.ccpe.common.Jdbc.intOrNull;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Violations;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.Router;

/**
 * What the console and the API read and set about monitoring: a router's poll settings, site and
 * link status, the dashboard's counts and top links, a link's statistics. Site status, link
 * statistics and the portal's overview are open to customer users too: their own customer's only
 * (another customer's site or link is not found), gated by the portal tasks Status, Traffic History
 * and Dashboard, and without the provider's fields (router name, ifIndex).
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
  /** The busiest links and the active alarms the portal's dashboard lists. */
  static final int OVERVIEW_ROWS = 5;
  /** The most active alarms the portal's Status page lists (a customer with more sees the newest). */
  static final int MAX_ALARMS = 200;

  private static final String LINKS = "SELECT l.id, l.interface_name, s.id, s.name, c.id, c.name, r.name,"
      + " st.status, st.status_since, st.sampled_at, st.if_index, st.in_bps, st.out_bps, st.utilisation"
      + " FROM access_link l JOIN site s ON s.id = l.site_id JOIN customer c ON c.id = s.customer_id"
      + " JOIN router r ON r.id = l.router_id LEFT JOIN link_state st ON st.access_link_id = l.id";
  /**
   * One site and its links in one statement, {@link #LINKS}' columns, so a status request is one
   * round trip: a site without links still gives a row (its link columns null).
   */
  private static final String SITE_LINKS = "SELECT l.id, l.interface_name, s.id, s.name, c.id, c.name, r.name,"
      + " st.status, st.status_since, st.sampled_at, st.if_index, st.in_bps, st.out_bps, st.utilisation"
      + " FROM site s JOIN customer c ON c.id = s.customer_id LEFT JOIN access_link l ON l.site_id = s.id"
      + " LEFT JOIN router r ON r.id = l.router_id LEFT JOIN link_state st ON st.access_link_id = l.id"
      + " WHERE s.id = ? ORDER BY l.interface_name";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private PollBook book;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;

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

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
      Roles.CUSTOMER_MONITOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SiteStatusView siteStatus(long siteId) {
    tasks.require(PortalTask.STATUS);
    boolean customer = tenant.isCustomer();
    SiteStatusView site = readSiteStatus(siteId, customer);
    // TenantGuard.requireOwned's rule, inline: the API's most frequent request, and one more EJB call
    // per request put the benchmark's p99 over 50 ms (51 and 56 ms against 45-49 ms without it)
    if (site == null || customer && !tenant.customerId().map(mine -> mine == site.customerId()).orElse(false)) {
      throw new NotFoundException("site", siteId);
    }
    return site;
  }

  /** A site's status in one statement (the API's most frequent request), or null for no such site. */
  private SiteStatusView readSiteStatus(long siteId, boolean customer) {
    String siteName = null;
    long customerId = 0;
    List<LinkView> links = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SITE_LINKS)) {
      s.setLong(1, siteId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          siteName = rs.getString(4);
          customerId = rs.getLong(5);
          if (rs.getString(2) != null) {
            links.add(linkView(rs, customer));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return siteName == null ? null : view(siteId, siteName, customerId, links);
  }

  /** The caller's customer's sites with their statuses, by site name (the portal's Status page). */
  @RolesAllowed({Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public List<SiteStatusView> customerSites() {
    tasks.require(PortalTask.STATUS);
    return sitesOf(tenant.requireCustomer());
  }

  /** The portal dashboard's monitoring: sites by status, the active alarms and the busiest links. */
  @RolesAllowed({Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public CustomerOverview customerOverview() {
    tasks.require(PortalTask.DASHBOARD);
    long customer = tenant.requireCustomer();
    Map<SiteStatus, Long> counts = zeroes();
    sitesOf(customer).forEach(s -> counts.merge(s.status(), 1L, Long::sum));
    List<CustomerAlarm> active = activeAlarmsOf(customer, OVERVIEW_ROWS);
    long activeCount = em.createQuery("select count(a) from Alarm a where a.customerId = :customer"
            + " and a.activeKey is not null", Long.class)
        .setParameter("customer", customer)
        .getSingleResult();
    List<LinkView> busiest = links(" WHERE c.id = ? AND st.utilisation IS NOT NULL"
        + " ORDER BY st.utilisation DESC, l.id", customer, OVERVIEW_ROWS);
    return new CustomerOverview(counts, activeCount, active, busiest);
  }

  /** The caller's customer's active alarms, newest first (the portal's Status page). */
  @RolesAllowed({Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public List<CustomerAlarm> customerAlarms() {
    tasks.require(PortalTask.STATUS);
    return activeAlarmsOf(tenant.requireCustomer(), MAX_ALARMS);
  }

  private List<CustomerAlarm> activeAlarmsOf(long customerId, int max) {
    return em.createQuery("select a.id, a.severity, a.cause, a.state, s.name, l.interfaceName, a.raisedAt"
            + " from Alarm a left join Site s on s.id = a.siteId left join AccessLink l on l.id = a.accessLinkId"
            + " where a.customerId = :customer and a.activeKey is not null order by a.raisedAt desc, a.id desc",
            Object[].class)
        .setParameter("customer", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(r -> new CustomerAlarm((Long) r[0], (Severity) r[1], (AlarmCause) r[2], (AlarmState) r[3],
            (String) r[4], (String) r[5], (Instant) r[6]))
        .toList();
  }

  private List<SiteStatusView> sitesOf(long customerId) {
    Map<Long, List<LinkView>> linksBySite = new HashMap<>();
    links(" WHERE c.id = ? ORDER BY l.interface_name", customerId, Integer.MAX_VALUE)
        .forEach(l -> linksBySite.computeIfAbsent(l.siteId(), id -> new ArrayList<>()).add(l));
    return em.createQuery("select s.id, s.name from Site s where s.customer.id = :customer order by s.name, s.id",
            Object[].class)
        .setParameter("customer", customerId)
        .getResultList()
        .stream()
        .map(row -> view((Long) row[0], (String) row[1], customerId,
            linksBySite.getOrDefault((Long) row[0], List.of())))
        .toList();
  }

  private static SiteStatusView view(long siteId, String siteName, long customerId, List<LinkView> links) {
    long up = links.stream().filter(l -> l.status() == LinkStatus.UP).count();
    long down = links.stream().filter(l -> l.status() == LinkStatus.DOWN).count();
    Instant since = links.stream().map(LinkView::statusSince).filter(java.util.Objects::nonNull)
        .max(Instant::compareTo).orElse(null);
    return new SiteStatusView(siteId, siteName, customerId, SiteStatus.of(up, down, links.size() - up - down), since,
        up, down, links.size() - up - down, links);
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
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
      Roles.CUSTOMER_MONITOR})
  public Statistics statistics(long accessLinkId, Instant from, Instant to, Granularity step) {
    tasks.require(PortalTask.HISTORY);
    tenant.requireOwned(em.find(AccessLink.class, accessLinkId), "access-link", accessLinkId);
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
    boolean customer = tenant.isCustomer();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(LINKS + where)) {
      if (parameter != null) {
        s.setLong(1, parameter);
      }
      s.setMaxRows(max == Integer.MAX_VALUE ? 0 : max);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          views.add(linkView(rs, customer));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return views;
  }

  /** A row of {@link #LINKS} or {@link #SITE_LINKS} (the same columns). */
  private static LinkView linkView(ResultSet rs, boolean customer) throws SQLException {
    String status = rs.getString(8);
    return new LinkView(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
        rs.getString(6), rs.getString(7), status == null ? LinkStatus.UNKNOWN : LinkStatus.valueOf(status),
        instant(rs, 9), instant(rs, 10), intOrNull(rs, 11), doubleOrNull(rs, 12), doubleOrNull(rs, 13),
        doubleOrNull(rs, 14)).forCaller(customer);
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
