package org.ccpe.inventory;

/** How a router's SNMP agent is spoken to: community-based v2c, or v3 with USM authPriv. */
public enum SnmpVersion {
  V2C,
  V3
}
