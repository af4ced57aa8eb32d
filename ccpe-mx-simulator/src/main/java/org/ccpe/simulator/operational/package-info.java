/**
 * The operational side of a simulated router: what {@code ping} answers within a routing
 * instance and which DHCP leases {@code show dhcp server binding} lists. Tests set these up
 * through {@link org.ccpe.simulator.operational.OperationalState}; the NETCONF layer renders them
 * as Junos replies ({@link org.ccpe.simulator.operational.PingResults},
 * {@link org.ccpe.simulator.operational.DhcpBindings}).
 */
package org.ccpe.simulator.operational;
