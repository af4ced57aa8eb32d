package org.ccpe.monitoring;

import java.time.Instant;
import org.ccpe.monitoring.snmp.AdminStatus;
import org.ccpe.monitoring.snmp.InterfaceReading;
import org.ccpe.monitoring.snmp.OperStatus;

/**
 * What is remembered of one access link between cycles (a {@code link_state} row) with the
 * inventory facts a cycle needs about it (interface, site, customer, a name for alarms). Mutable:
 * a cycle loads the states of a router, {@link LinkEvaluator} moves them on, {@link LinkStates}
 * writes them back in one batch.
 */
final class LinkState {
  final long accessLinkId;
  final long routerId;
  final String interfaceName;
  final long siteId;
  final long customerId;
  final String label;
  final boolean stored;

  Integer ifIndex;
  LinkStatus status = LinkStatus.UNKNOWN;
  Instant statusSince;
  Instant sampledAt;
  Long sysUpTimeTicks;
  InterfaceReading lastReading;
  final Threshold highUse = new Threshold();
  final Threshold highErrors = new Threshold();
  Double inBps;
  Double outBps;
  Double utilisation;

  LinkState(long accessLinkId, long routerId, String interfaceName, long siteId, long customerId, String label,
      boolean stored) {
    this.accessLinkId = accessLinkId;
    this.routerId = routerId;
    this.interfaceName = interfaceName;
    this.siteId = siteId;
    this.customerId = customerId;
    this.label = label;
    this.stored = stored;
  }

  /** A threshold alarm's memory: consecutive samples at or above it, and whether its alarm is active. */
  static final class Threshold {
    int count;
    boolean alarm;
  }

  AlarmSubject subject() {
    return new AlarmSubject(routerId, customerId, siteId, accessLinkId, label);
  }

  /** The stored counters as a reading again (status fields are not kept: rates need only counters). */
  static InterfaceReading reading(int ifIndex, String name, boolean hc, Long inOctets, Long outOctets,
      Long inPackets, Long outPackets, long inErrors, long outErrors, long inDiscards, long outDiscards,
      long highSpeed, long discontinuity) {
    return hc
        ? new InterfaceReading(ifIndex, name, OperStatus.UNKNOWN, AdminStatus.UP, inOctets, outOctets, inPackets,
            outPackets, null, null, null, null, inErrors, outErrors, inDiscards, outDiscards, highSpeed, discontinuity)
        : new InterfaceReading(ifIndex, name, OperStatus.UNKNOWN, AdminStatus.UP, null, null, null, null, inOctets,
            outOctets, inPackets, outPackets, inErrors, outErrors, inDiscards, outDiscards, highSpeed, discontinuity);
  }
}
