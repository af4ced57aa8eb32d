/**
 * The simulated router's SNMP agent: IF-MIB (ifTable, ifXTable), system and snmpEngine over
 * SNMPv2c and SNMPv3 USM authPriv, with linkUp/linkDown traps, so the monitoring poller can be
 * tested at the edges (counter wraps, restarts, silent agents, GETBULK misbehaviour) and
 * benchmarked at scale.
 *
 * <p>Start here: {@link org.ccpe.simulator.snmp.SimulatedSnmpAgent} ({@code builder()...start()});
 * each row is a {@link org.ccpe.simulator.snmp.SimulatedInterface} whose counters follow the
 * clock ({@link org.ccpe.simulator.snmp.Traffic}). snmp4j does the message encoding and USM;
 * the request semantics (GET, GETNEXT, GETBULK) are ours ({@code Responder} over
 * {@code AgentMib}); all agents in a JVM share a few threads ({@code UdpLoop}).
 */
package org.ccpe.simulator.snmp;
