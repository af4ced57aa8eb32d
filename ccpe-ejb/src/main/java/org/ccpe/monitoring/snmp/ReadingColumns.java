package org.ccpe.monitoring.snmp;

import java.util.List;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** Turns the variable bindings of one interface (in {@link IfMib#READ_COLUMNS} order) into a reading. */
final class ReadingColumns {

  private ReadingColumns() {}

  /** True when ifName (or, when the agent has no ifName, ifDescr) at this index still is {@code name}. */
  static boolean nameMatches(List<? extends VariableBinding> row, String name) {
    Variable ifName = row.get(0).getVariable();
    Variable ifDescr = row.get(1).getVariable();
    return (!ifName.isException() && name.equals(ifName.toString()))
        || (!ifDescr.isException() && name.equals(ifDescr.toString()));
  }

  static InterfaceReading reading(int ifIndex, String name, List<? extends VariableBinding> row) {
    return new InterfaceReading(
        ifIndex,
        name,
        OperStatus.of(intOr(row.get(2), 4)),
        AdminStatus.of(intOr(row.get(3), 3)),
        orNull(row.get(4)),
        orNull(row.get(5)),
        orNull(row.get(6)),
        orNull(row.get(7)),
        null,
        null,
        null,
        null,
        orZero(row.get(8)),
        orZero(row.get(9)),
        orZero(row.get(10)),
        orZero(row.get(11)),
        orZero(row.get(12)),
        orZero(row.get(13)));
  }

  /** The reading with its 32-bit counters (in {@link IfMib#COUNTER32_COLUMNS} order). */
  static InterfaceReading with32BitCounters(InterfaceReading r, List<? extends VariableBinding> row) {
    return new InterfaceReading(
        r.ifIndex(),
        r.name(),
        r.operStatus(),
        r.adminStatus(),
        r.hcInOctets(),
        r.hcOutOctets(),
        r.hcInUcastPkts(),
        r.hcOutUcastPkts(),
        orNull(row.get(0)),
        orNull(row.get(1)),
        orNull(row.get(2)),
        orNull(row.get(3)),
        r.inErrors(),
        r.outErrors(),
        r.inDiscards(),
        r.outDiscards(),
        r.highSpeedMbps(),
        r.counterDiscontinuityTicks());
  }

  /** The value as unsigned bits, or null when the agent has no such object or sent a non-number. */
  private static Long orNull(VariableBinding vb) {
    Variable v = vb.getVariable();
    if (v.isException()) {
      return null;
    }
    try {
      return v.toLong();
    } catch (UnsupportedOperationException notANumber) {
      return null;
    }
  }

  private static long orZero(VariableBinding vb) {
    Long value = orNull(vb);
    return value == null ? 0 : value;
  }

  private static int intOr(VariableBinding vb, int absent) {
    Long value = orNull(vb);
    return value == null ? absent : value.intValue();
  }
}
