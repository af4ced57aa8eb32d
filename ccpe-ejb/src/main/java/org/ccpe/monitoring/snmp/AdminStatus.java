package org.ccpe.monitoring.snmp;

/** IF-MIB ifAdminStatus (values 1-3). */
public enum AdminStatus {
  UP,
  DOWN,
  TESTING;

  /** The MIB's integer; anything outside 1-3 reads as {@link #TESTING} (neither up nor down). */
  public static AdminStatus of(int mibValue) {
    return mibValue >= 1 && mibValue <= 3 ? values()[mibValue - 1] : TESTING;
  }
}
