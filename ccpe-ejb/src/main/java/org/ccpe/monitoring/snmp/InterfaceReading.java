package org.ccpe.monitoring.snmp;

/**
 * One interface's IF-MIB values at one instant.
 *
 * <p>64-bit counters are unsigned: a value above {@link Long#MAX_VALUE} is carried in the long's
 * bits (compare with {@link Long#compareUnsigned}). The HC columns are null when the agent lacks
 * them; the 32-bit columns are read only then, and are null otherwise.
 *
 * @param counterDiscontinuityTicks ifCounterDiscontinuityTime (0 when the agent lacks it): a
 *     change between two readings means the counters were reset
 */
public record InterfaceReading(
    int ifIndex,
    String name,
    OperStatus operStatus,
    AdminStatus adminStatus,
    Long hcInOctets,
    Long hcOutOctets,
    Long hcInUcastPkts,
    Long hcOutUcastPkts,
    Long inOctets32,
    Long outOctets32,
    Long inUcastPkts32,
    Long outUcastPkts32,
    long inErrors,
    long outErrors,
    long inDiscards,
    long outDiscards,
    long highSpeedMbps,
    long counterDiscontinuityTicks) {

  /** True when the 64-bit octet counters were read. */
  public boolean hasHighCapacityCounters() {
    return hcInOctets != null && hcOutOctets != null;
  }
}
