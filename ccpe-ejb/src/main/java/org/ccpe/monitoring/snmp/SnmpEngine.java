package org.ccpe.monitoring.snmp;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's one SNMP poller and one trap receiver, open for the application's lifetime.
 *
 * <p>Traps are fired as CDI events of type {@link ReceivedTrap} with {@link Event#fireAsync}, so
 * the receiving thread never waits for the database. The receiver listens on {@code
 * ccpe.snmp.trap-bind}:{@code ccpe.snmp.trap-port} (system properties, default 0.0.0.0:10162); a
 * port that cannot be bound is logged as an error and monitoring goes on without traps (polls
 * still find every change, only later), rather than failing the deployment.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // both parts are thread-safe themselves
public class SnmpEngine {

  static final String TRAP_PORT = "ccpe.snmp.trap-port";
  static final String TRAP_BIND = "ccpe.snmp.trap-bind";
  private static final int DEFAULT_TRAP_PORT = 10162;
  private static final Logger LOG = Logger.getLogger(SnmpEngine.class.getName());

  @Inject private Event<ReceivedTrap> traps;

  private SnmpPoller poller;
  private TrapReceiver trapReceiver;

  @PostConstruct
  void open() {
    poller = new SnmpPoller();
    String bind = System.getProperty(TRAP_BIND, "0.0.0.0");
    String port = System.getProperty(TRAP_PORT, Integer.toString(DEFAULT_TRAP_PORT));
    try {
      trapReceiver = new TrapReceiver(bind, Integer.parseInt(port.trim()), traps::fireAsync);
      LOG.info(() -> "Receiving SNMP traps on " + bind + ":" + trapReceiver.port());
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Cannot receive SNMP traps on " + bind + ":" + port + " (" + TRAP_BIND + ", " + TRAP_PORT
              + "); monitoring goes on by polling alone",
          e);
    }
  }

  @PreDestroy
  void close() {
    if (trapReceiver != null) {
      trapReceiver.close();
    }
    poller.close();
  }

  /** The shared poller. */
  public SnmpPoller poller() {
    return poller;
  }

  /** Accepts v3 traps from this USM user (a router's polling user, typically). */
  public void registerTrapUser(SnmpCredentials.V3 user) {
    if (trapReceiver != null) {
      trapReceiver.registerUser(user);
    }
  }

  /** The UDP port traps arrive on; empty when it could not be bound. */
  public OptionalInt trapPort() {
    return trapReceiver == null ? OptionalInt.empty() : OptionalInt.of(trapReceiver.port());
  }
}
