package org.ccpe.monitoring.snmp;

/** The notifications monitoring acts on; everything else is {@link #OTHER}. */
public enum TrapKind {
  LINK_DOWN,
  LINK_UP,
  COLD_START,
  WARM_START,
  OTHER
}
