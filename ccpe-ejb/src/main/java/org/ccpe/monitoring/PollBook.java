package org.ccpe.monitoring;

import static org.ccpe.common.Jdbc.instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.ccpe.common.Jdbc;
import org.ccpe.inventory.Router;
import org.ccpe.inventory.SnmpAuthProtocol;
import org.ccpe.inventory.SnmpPrivProtocol;
import org.ccpe.inventory.SnmpVersion;
import org.ccpe.monitoring.snmp.AgentTarget;
import org.ccpe.monitoring.snmp.PollPlan;
import org.ccpe.monitoring.snmp.SnmpCredentials;

/**
 * The poll schedule's bookkeeping, each call its own short transaction: which routers are due,
 * and claiming them (their next poll moved one interval on, with jitter, before the poll is even
 * sent, so a router whose answer never comes is simply polled again next interval).
 */
@Stateless
@PermitAll
public class PollBook {
  /** At most this many routers start per tick; the rest are due next tick. */
  static final int MAX_PER_TICK = 500;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "java:jboss/datasources/CcpeDS")
  private DataSource dataSource;

  /** Claims the routers due now (with at least one access link, monitoring enabled), except {@code busy}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<PollWork> claimDue(Instant now, Collection<Long> busy) {
    try (Connection c = dataSource.getConnection()) {
      addMissingRows(c, now);
      Map<Long, Long> dueUpTimes = due(c, now, busy);
      if (dueUpTimes.isEmpty()) {
        return List.of();
      }
      Map<Long, Map<String, Integer>> links = links(c, dueUpTimes.keySet());
      List<PollWork> work = new ArrayList<>();
      try (PreparedStatement next = c.prepareStatement(
          "UPDATE router_poll_state SET next_poll_at = ?, last_attempt_at = ? WHERE router_id = ?")) {
        for (Map.Entry<Long, Long> due : dueUpTimes.entrySet()) {
          Router router = em.find(Router.class, due.getKey());
          if (router == null) {
            continue;
          }
          RouterMonitoring settings = settings(router.getId());
          Duration interval = settings.pollInterval();
          work.add(work(router, settings, links.getOrDefault(router.getId(), Map.of()), due.getValue()));
          instant(next, 1, now.plus(jittered(interval)));
          instant(next, 2, now);
          next.setLong(3, router.getId());
          next.addBatch();
        }
        next.executeBatch();
      }
      return work;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the poll schedule: " + e.getMessage(), e);
    }
  }

  /** Polls a router at the next tick (a trap said something changed there). */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void pollSoon(long routerId) {
    em.createNativeQuery("UPDATE router_poll_state SET next_poll_at = ?1 WHERE router_id = ?2")
        .setParameter(1, Instant.now())
        .setParameter(2, routerId)
        .executeUpdate();
  }

  public RouterMonitoring settings(long routerId) {
    RouterMonitoring stored = em.find(RouterMonitoring.class, routerId);
    return stored == null ? RouterMonitoring.defaults(routerId) : stored;
  }

  /** A new router is due at once; a router that already has a row keeps its schedule. */
  private static void addMissingRows(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO router_poll_state (router_id, next_poll_at, failures)"
        + " SELECT r.id, ?, 0 FROM router r WHERE NOT EXISTS"
        + " (SELECT 1 FROM router_poll_state p WHERE p.router_id = r.id)")) {
      instant(s, 1, now);
      s.executeUpdate();
    }
  }

  /** Due routers with their last sysUpTime (null when none yet), oldest due first. */
  private static Map<Long, Long> due(Connection c, Instant now, Collection<Long> busy) throws SQLException {
    Map<Long, Long> due = new java.util.LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT p.router_id, p.sys_uptime_ticks FROM router_poll_state p"
        + " LEFT JOIN router_monitoring m ON m.router_id = p.router_id"
        + " WHERE p.next_poll_at <= ? AND (m.enabled IS NULL OR m.enabled = TRUE)"
        + " AND EXISTS (SELECT 1 FROM access_link l WHERE l.router_id = p.router_id)"
        + " ORDER BY p.next_poll_at")) {
      instant(s, 1, now);
      s.setMaxRows(MAX_PER_TICK + busy.size());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next() && due.size() < MAX_PER_TICK) {
          long routerId = rs.getLong(1);
          if (!busy.contains(routerId)) {
            due.put(routerId, Jdbc.longOrNull(rs, 2));
          }
        }
      }
    }
    return due;
  }

  /** Per router: its links' interface names with the cached ifIndex (null when not resolved yet). */
  private static Map<Long, Map<String, Integer>> links(Connection c, Set<Long> routerIds) throws SQLException {
    Map<Long, Map<String, Integer>> links = new HashMap<>();
    String in = String.join(",", routerIds.stream().map(String::valueOf).toList());
    try (PreparedStatement s = c.prepareStatement("SELECT l.router_id, l.interface_name, st.if_index"
        + " FROM access_link l LEFT JOIN link_state st ON st.access_link_id = l.id WHERE l.router_id IN (" + in + ")");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        links.computeIfAbsent(rs.getLong(1), r -> new HashMap<>()).put(rs.getString(2), Jdbc.intOrNull(rs, 3));
      }
    }
    return links;
  }

  private static PollWork work(Router router, RouterMonitoring settings, Map<String, Integer> links, Long upTime) {
    Map<String, Integer> known = new HashMap<>();
    Set<String> names = new HashSet<>();
    links.forEach((name, ifIndex) -> {
      names.add(name);
      if (ifIndex != null) {
        known.put(name, ifIndex);
      }
    });
    PollPlan plan = new PollPlan(names, known, upTime == null ? OptionalLong.empty() : OptionalLong.of(upTime));
    try {
      AgentTarget target = new AgentTarget(router.getId(), router.getManagementHost(), router.getSnmpPort(),
          credentials(router), Duration.ofMillis(settings.getTimeoutMs()), settings.getRetries(),
          settings.getMaxRepetitions(), settings.getMaxOutstanding());
      return new PollWork(router.getId(), router.getName(), target, plan, settings.pollInterval(), null);
    } catch (IllegalArgumentException | NullPointerException e) {
      return new PollWork(router.getId(), router.getName(), null, plan, settings.pollInterval(),
          "cannot poll: SNMP settings incomplete (" + e.getMessage() + ")");
    }
  }

  private static SnmpCredentials credentials(Router router) {
    if (router.getSnmpVersion() == SnmpVersion.V2C) {
      return new SnmpCredentials.V2c(router.snmpCommunity());
    }
    return new SnmpCredentials.V3(router.getSnmpUser(),
        router.getSnmpAuthProtocol() == SnmpAuthProtocol.SHA256
            ? SnmpCredentials.AuthProtocol.SHA256 : SnmpCredentials.AuthProtocol.SHA1,
        router.snmpAuthKey(),
        router.getSnmpPrivProtocol() == SnmpPrivProtocol.AES256
            ? SnmpCredentials.PrivProtocol.AES256 : SnmpCredentials.PrivProtocol.AES128,
        router.snmpPrivKey());
  }

  /** The interval give or take 10 %, so routers added together drift apart instead of firing together. */
  static Duration jittered(Duration interval) {
    long millis = interval.toMillis();
    long spread = millis / 10;
    return Duration.ofMillis(millis - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1));
  }
}
