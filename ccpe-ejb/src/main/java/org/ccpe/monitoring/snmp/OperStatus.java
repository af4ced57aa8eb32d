package org.ccpe.monitoring.snmp;

/** IF-MIB ifOperStatus (values 1-7). */
public enum OperStatus {
  UP,
  DOWN,
  TESTING,
  UNKNOWN,
  DORMANT,
  NOT_PRESENT,
  LOWER_LAYER_DOWN;

  /** The MIB's integer; anything outside 1-7 reads as {@link #UNKNOWN}. */
  public static OperStatus of(int mibValue) {
    return mibValue >= 1 && mibValue <= 7 ? values()[mibValue - 1] : UNKNOWN;
  }
}
