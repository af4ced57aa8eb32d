package org.ccpe.monitoring.snmp;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * The server's one SNMP poller and trap receiver. Traps are fired as CDI events of type {@link
 * ReceivedTrap}.
 */
@Singleton
@Startup
public class SnmpEngine {

  private SnmpPoller poller;

  /** The shared poller. */
  public SnmpPoller poller() {
    return poller;
  }
}
