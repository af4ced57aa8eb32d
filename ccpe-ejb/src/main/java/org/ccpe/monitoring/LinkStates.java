package org.ccpe.monitoring;

import static org.ccpe.common.Jdbc.doubleOrNull;
import static org.ccpe.common.Jdbc.instant;
import static org.ccpe.common.Jdbc.intOrNull;
import static org.ccpe.common.Jdbc.longOrNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccpe.monitoring.snmp.InterfaceReading;

/**
 * Reads and writes {@code link_state} in plain JDBC: a cycle touches every link of a router, so
 * its states are loaded with one query and written back in batches.
 */
final class LinkStates {
  private static final String SELECT = "SELECT l.id, l.router_id, l.interface_name, l.site_id, s.customer_id,"
      + " r.name, c.name, s.name, st.access_link_id, st.if_index, st.status, st.status_since, st.sampled_at,"
      + " st.sys_uptime_ticks, st.hc_counters, st.in_octets, st.out_octets, st.in_packets, st.out_packets,"
      + " st.in_errors, st.out_errors, st.in_discards, st.out_discards, st.high_speed_mbps,"
      + " st.discontinuity_ticks, st.high_use_count, st.high_use_alarm, st.high_error_count,"
      + " st.high_error_alarm, st.in_bps, st.out_bps, st.utilisation"
      + " FROM access_link l JOIN site s ON s.id = l.site_id JOIN customer c ON c.id = s.customer_id"
      + " JOIN router r ON r.id = l.router_id LEFT JOIN link_state st ON st.access_link_id = l.id";

  private LinkStates() {}

  /** Every access link of a router with its state (a fresh UNKNOWN one where none is stored), by link id. */
  static Map<Long, LinkState> ofRouter(Connection c, long routerId) throws SQLException {
    return query(c, SELECT + " WHERE l.router_id = ? ORDER BY l.id", routerId);
  }

  /** One access link with its state, or null when there is no such link. */
  static LinkState ofLink(Connection c, long accessLinkId) throws SQLException {
    return query(c, SELECT + " WHERE l.id = ?", accessLinkId).get(accessLinkId);
  }

  private static Map<Long, LinkState> query(Connection c, String sql, long parameter) throws SQLException {
    Map<Long, LinkState> states = new LinkedHashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, parameter);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          LinkState state = read(rs);
          states.put(state.accessLinkId, state);
        }
      }
    }
    return states;
  }

  private static LinkState read(ResultSet rs) throws SQLException {
    String label = rs.getString(6) + " " + rs.getString(3) + " (" + rs.getString(7) + "/" + rs.getString(8) + ")";
    boolean stored = rs.getObject(9) != null;
    LinkState state = new LinkState(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
        label, stored);
    if (!stored) {
      return state;
    }
    state.ifIndex = intOrNull(rs, 10);
    state.status = LinkStatus.valueOf(rs.getString(11));
    state.statusSince = instant(rs, 12);
    state.sampledAt = instant(rs, 13);
    state.sysUpTimeTicks = longOrNull(rs, 14);
    if (state.sampledAt != null && state.ifIndex != null && rs.getObject(15) != null) {
      state.lastReading = LinkState.reading(state.ifIndex, state.interfaceName, rs.getBoolean(15),
          longOrNull(rs, 16), longOrNull(rs, 17), longOrNull(rs, 18), longOrNull(rs, 19), rs.getLong(20),
          rs.getLong(21), rs.getLong(22), rs.getLong(23), rs.getLong(24), rs.getLong(25));
    }
    state.highUse.count = rs.getInt(26);
    state.highUse.alarm = rs.getBoolean(27);
    state.highErrors.count = rs.getInt(28);
    state.highErrors.alarm = rs.getBoolean(29);
    state.inBps = doubleOrNull(rs, 30);
    state.outBps = doubleOrNull(rs, 31);
    state.utilisation = doubleOrNull(rs, 32);
    return state;
  }

  /**
   * Writes the states back: the stored rows are deleted by id (a few statements of up to 1,000 ids)
   * and every state is inserted again in one batch. A cycle rewrites nearly every column of every
   * row anyway, and a batch of inserts is several times cheaper than one of updates (PostgreSQL's
   * driver rewrites it into multi-row inserts; 10,000 single-row updates took seconds).
   */
  static void save(Connection c, Collection<LinkState> states, Instant now) throws SQLException {
    List<Long> stored = states.stream().filter(s -> s.stored).map(s -> s.accessLinkId).toList();
    try (Statement delete = c.createStatement()) {
      for (int from = 0; from < stored.size(); from += 1000) {
        List<Long> chunk = stored.subList(from, Math.min(from + 1000, stored.size()));
        // ids are our own numbers, never user text: inlining them is safe and keeps one statement per chunk
        delete.executeUpdate("DELETE FROM link_state WHERE access_link_id IN ("
            + chunk.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
      }
    }
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO link_state (if_index, status, status_since,"
        + " sampled_at, sys_uptime_ticks, hc_counters, in_octets, out_octets, in_packets, out_packets, in_errors,"
        + " out_errors, in_discards, out_discards, high_speed_mbps, discontinuity_ticks, high_use_count,"
        + " high_use_alarm, high_error_count, high_error_alarm, in_bps, out_bps, utilisation, router_id,"
        + " access_link_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (LinkState state : states) {
        bind(insert, state, now);
        insert.addBatch();
        if (++pending == 1000) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  private static void bind(PreparedStatement s, LinkState state, Instant now) throws SQLException {
    InterfaceReading r = state.lastReading;
    boolean hc = r != null && r.hasHighCapacityCounters();
    intOrNull(s, 1, state.ifIndex);
    s.setString(2, state.status.name());
    instant(s, 3, state.statusSince == null ? now : state.statusSince);
    instant(s, 4, state.sampledAt);
    longOrNull(s, 5, state.sysUpTimeTicks);
    if (r == null) {
      s.setNull(6, java.sql.Types.BOOLEAN);
    } else {
      s.setBoolean(6, hc);
    }
    longOrNull(s, 7, r == null ? null : hc ? r.hcInOctets() : r.inOctets32());
    longOrNull(s, 8, r == null ? null : hc ? r.hcOutOctets() : r.outOctets32());
    longOrNull(s, 9, r == null ? null : hc ? r.hcInUcastPkts() : r.inUcastPkts32());
    longOrNull(s, 10, r == null ? null : hc ? r.hcOutUcastPkts() : r.outUcastPkts32());
    longOrNull(s, 11, r == null ? null : r.inErrors());
    longOrNull(s, 12, r == null ? null : r.outErrors());
    longOrNull(s, 13, r == null ? null : r.inDiscards());
    longOrNull(s, 14, r == null ? null : r.outDiscards());
    longOrNull(s, 15, r == null ? null : r.highSpeedMbps());
    longOrNull(s, 16, r == null ? null : r.counterDiscontinuityTicks());
    s.setInt(17, state.highUse.count);
    s.setBoolean(18, state.highUse.alarm);
    s.setInt(19, state.highErrors.count);
    s.setBoolean(20, state.highErrors.alarm);
    doubleOrNull(s, 21, state.inBps);
    doubleOrNull(s, 22, state.outBps);
    doubleOrNull(s, 23, state.utilisation);
    s.setLong(24, state.routerId);
    s.setLong(25, state.accessLinkId);
  }
}
