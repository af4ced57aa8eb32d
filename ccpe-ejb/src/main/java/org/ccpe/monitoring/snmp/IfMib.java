package org.ccpe.monitoring.snmp;

import java.util.List;
import org.snmp4j.smi.OID;

/** The IF-MIB (RFC 2863) and SNMPv2-MIB objects the poller reads, by number (no MIB files needed). */
final class IfMib {

  static final OID SYS_UP_TIME_0 = new OID("1.3.6.1.2.1.1.3.0");

  static final OID IF_DESCR = new OID("1.3.6.1.2.1.2.2.1.2");
  static final OID IF_ADMIN_STATUS = new OID("1.3.6.1.2.1.2.2.1.7");
  static final OID IF_OPER_STATUS = new OID("1.3.6.1.2.1.2.2.1.8");
  static final OID IF_IN_OCTETS = new OID("1.3.6.1.2.1.2.2.1.10");
  static final OID IF_IN_UCAST_PKTS = new OID("1.3.6.1.2.1.2.2.1.11");
  static final OID IF_IN_DISCARDS = new OID("1.3.6.1.2.1.2.2.1.13");
  static final OID IF_IN_ERRORS = new OID("1.3.6.1.2.1.2.2.1.14");
  static final OID IF_OUT_OCTETS = new OID("1.3.6.1.2.1.2.2.1.16");
  static final OID IF_OUT_UCAST_PKTS = new OID("1.3.6.1.2.1.2.2.1.17");
  static final OID IF_OUT_DISCARDS = new OID("1.3.6.1.2.1.2.2.1.19");
  static final OID IF_OUT_ERRORS = new OID("1.3.6.1.2.1.2.2.1.20");

  static final OID IF_NAME = new OID("1.3.6.1.2.1.31.1.1.1.1");
  static final OID IF_HC_IN_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.6");
  static final OID IF_HC_IN_UCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.7");
  static final OID IF_HC_OUT_OCTETS = new OID("1.3.6.1.2.1.31.1.1.1.10");
  static final OID IF_HC_OUT_UCAST_PKTS = new OID("1.3.6.1.2.1.31.1.1.1.11");
  static final OID IF_HIGH_SPEED = new OID("1.3.6.1.2.1.31.1.1.1.15");
  static final OID IF_COUNTER_DISCONTINUITY_TIME = new OID("1.3.6.1.2.1.31.1.1.1.19");

  /**
   * What one GET reads per interface, in this order ({@link ReadingColumns} relies on it). The
   * names come first so a stale ifIndex shows in the same request that reads the counters.
   */
  static final List<OID> READ_COLUMNS =
      List.of(
          IF_NAME,
          IF_DESCR,
          IF_OPER_STATUS,
          IF_ADMIN_STATUS,
          IF_HC_IN_OCTETS,
          IF_HC_OUT_OCTETS,
          IF_HC_IN_UCAST_PKTS,
          IF_HC_OUT_UCAST_PKTS,
          IF_IN_ERRORS,
          IF_OUT_ERRORS,
          IF_IN_DISCARDS,
          IF_OUT_DISCARDS,
          IF_HIGH_SPEED,
          IF_COUNTER_DISCONTINUITY_TIME);

  /** The 32-bit counters, read only for interfaces without the HC ones. */
  static final List<OID> COUNTER32_COLUMNS =
      List.of(IF_IN_OCTETS, IF_OUT_OCTETS, IF_IN_UCAST_PKTS, IF_OUT_UCAST_PKTS);

  private IfMib() {}

  static OID instance(OID column, int ifIndex) {
    return new OID(column).append(ifIndex);
  }
}
