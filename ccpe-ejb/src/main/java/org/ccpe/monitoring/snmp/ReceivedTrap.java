package org.ccpe.monitoring.snmp;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A notification an agent sent us.
 *
 * @param sourceHost the sender's address as seen on the wire (the router's, for mapping)
 * @param ifIndex the ifIndex varbind of linkDown/linkUp, when present
 * @param ifName the ifName varbind when the agent added one (Junos does)
 * @param rawTrapOid snmpTrapOID.0 in dotted form
 */
public record ReceivedTrap(
    Instant at,
    String sourceHost,
    int sourcePort,
    TrapKind kind,
    OptionalInt ifIndex,
    Optional<String> ifName,
    String rawTrapOid) {}
