package org.ccpe.monitoring.snmp;

import java.util.function.Consumer;

/** Listens for SNMP v2c and v3 notifications on one UDP port. */
public final class TrapReceiver implements AutoCloseable {

  private final Consumer<ReceivedTrap> sink;

  /** Binds at once; port 0 picks a free port (see {@link #port()}). */
  public TrapReceiver(String bindHost, int port, Consumer<ReceivedTrap> sink) {
    this.sink = sink;
  }

  /** Accepts v3 notifications from this USM user from now on. */
  public void registerUser(SnmpCredentials.V3 user) {}

  /** The bound UDP port. */
  public int port() {
    return 0;
  }

  @Override
  public void close() {}
}
