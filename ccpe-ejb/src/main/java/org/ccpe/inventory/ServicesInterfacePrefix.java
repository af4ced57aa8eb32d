package org.ccpe.inventory;

/**
 * The kind of services PIC that runs a router's NAT and stateful firewall: {@code ms-} (MS-MPC),
 * {@code sp-} (inline services) or {@code vms-} (vMX/MX-SPC3).
 */
public enum ServicesInterfacePrefix {
  MS,
  SP,
  VMS;

  public String junos() {
    return name().toLowerCase();
  }
}
