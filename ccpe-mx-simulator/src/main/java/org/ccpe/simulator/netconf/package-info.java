/**
 * NETCONF over SSH for a simulated router: the {@code netconf} SSH subsystem
 * ({@link org.ccpe.simulator.netconf.NetconfSubsystemFactory}), RFC 6242 framing chosen by the
 * hello exchange ({@link org.ccpe.simulator.netconf.Framing}), one
 * {@link org.ccpe.simulator.netconf.NetconfSession} per channel, and the RPCs a Junos router
 * answers: standard operations, the Junos configuration RPCs and the operational commands,
 * dispatched by {@link org.ccpe.simulator.netconf.RpcDispatcher}.
 */
package org.ccpe.simulator.netconf;
