/**
 * An MX router simulator for tests, benchmarks and the demo mode: NETCONF over SSH speaking the
 * Junos dialect the provisioning engine uses, with the failure modes real routers have.
 *
 * <p>Start here: {@link org.ccpe.simulator.SimulatedRouter} (one router, built and started with
 * {@code SimulatedRouter.builder(name)...start()}) and {@link org.ccpe.simulator.MxSimulator}
 * (many routers in one JVM, from the Java API or a {@link org.ccpe.simulator.FleetProperties}
 * file; {@link org.ccpe.simulator.Main} runs one from the command line). Each router exposes its
 * {@link org.ccpe.simulator.Knobs} (latency and fault injection) and
 * {@link org.ccpe.simulator.RouterCounters}. The configuration semantics live in
 * {@code org.ccpe.simulator.config}, the protocol in {@code org.ccpe.simulator.netconf}, ping and
 * DHCP state in {@code org.ccpe.simulator.operational}, the SNMP agent in
 * {@code org.ccpe.simulator.snmp} (a router gets one with {@code builder.snmp(...)}; its IF-MIB
 * follows the committed configuration through {@code RouterSnmp}).
 */
package org.ccpe.simulator;
