package org.ccpe.simulator.snmp;

import java.util.List;
import org.snmp4j.smi.Counter32;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Gauge32;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;

/**
 * What the agent serves, in OID order: SNMPv2-MIB system, IF-MIB ifNumber, ifTable and ifXTable,
 * SNMP-FRAMEWORK-MIB snmpEngine. Every value is read from the agent and its interfaces when
 * asked.
 */
final class AgentMib {

    static final OID SYSTEM = new OID("1.3.6.1.2.1.1");
    static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    static final OID INTERFACES = new OID("1.3.6.1.2.1.2");
    static final OID IF_ENTRY = new OID("1.3.6.1.2.1.2.2.1");
    static final OID IF_X_ENTRY = new OID("1.3.6.1.2.1.31.1.1.1");
    static final OID SNMP_ENGINE = new OID("1.3.6.1.6.3.10.2.1");
    /** Juniper's sysObjectID for an MX480 (jnxProductNameMX480). */
    static final OID MX480 = new OID("1.3.6.1.4.1.2636.1.1.1.2.25");

    // ifTable columns
    static final int IF_INDEX = 1;
    static final int IF_DESCR = 2;
    static final int IF_TYPE = 3;
    static final int IF_SPEED = 5;
    static final int IF_ADMIN_STATUS = 7;
    static final int IF_OPER_STATUS = 8;
    static final int IF_LAST_CHANGE = 9;
    static final int IF_IN_OCTETS = 10;
    static final int IF_IN_UCAST_PKTS = 11;
    static final int IF_IN_DISCARDS = 13;
    static final int IF_IN_ERRORS = 14;
    static final int IF_OUT_OCTETS = 16;
    static final int IF_OUT_UCAST_PKTS = 17;
    static final int IF_OUT_DISCARDS = 19;
    static final int IF_OUT_ERRORS = 20;
    // ifXTable columns
    static final int IF_NAME = 1;
    static final int IF_HC_IN_OCTETS = 6;
    static final int IF_HC_IN_UCAST_PKTS = 7;
    static final int IF_HC_OUT_OCTETS = 10;
    static final int IF_HC_OUT_UCAST_PKTS = 11;
    static final int IF_HIGH_SPEED = 15;
    static final int IF_COUNTER_DISCONTINUITY_TIME = 19;

    private final SimulatedSnmpAgent agent;
    private final List<MibTable> tables;

    AgentMib(SimulatedSnmpAgent agent) {
        this.agent = agent;
        this.tables = List.of(
                MibTable.scalars(SYSTEM, new int[] {1, 2, 3, 4, 5, 6, 7}, (column, index) -> system(column)),
                MibTable.scalars(INTERFACES, new int[] {1}, (column, index) -> new Integer32(agent.interfaces().size())),
                new MibTable(IF_ENTRY, new int[] {IF_INDEX, IF_DESCR, IF_TYPE, IF_SPEED, IF_ADMIN_STATUS, IF_OPER_STATUS,
                    IF_LAST_CHANGE, IF_IN_OCTETS, IF_IN_UCAST_PKTS, IF_IN_DISCARDS, IF_IN_ERRORS, IF_OUT_OCTETS,
                    IF_OUT_UCAST_PKTS, IF_OUT_DISCARDS, IF_OUT_ERRORS}, agent::ifIndexes,
                        (column, index) -> ifEntry(column, agent.interfaceAt(index))),
                new MibTable(IF_X_ENTRY, new int[] {IF_NAME, IF_HC_IN_OCTETS, IF_HC_IN_UCAST_PKTS, IF_HC_OUT_OCTETS,
                    IF_HC_OUT_UCAST_PKTS, IF_HIGH_SPEED, IF_COUNTER_DISCONTINUITY_TIME}, agent::ifIndexes,
                        (column, index) -> ifXEntry(column, agent.interfaceAt(index))),
                MibTable.scalars(SNMP_ENGINE, new int[] {1, 2, 3, 4}, (column, index) -> engine(column)));
    }

    /** A GET's answer: the value, or noSuchObject / noSuchInstance. */
    Variable get(OID oid) {
        for (MibTable table : tables) {
            Variable value = table.get(oid);
            if (value != null) {
                return value;
            }
        }
        return Null.noSuchObject;
    }

    /** A GETNEXT's answer, or null at the end of the MIB view. */
    MibTable.Instance next(OID oid) {
        for (MibTable table : tables) {
            MibTable.Instance next = table.next(oid);
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    private Variable system(int column) {
        return switch (column) {
            case 1 -> new OctetString("Juniper Networks, Inc. mx480 internet router, kernel JUNOS 22.4R3.25, "
                    + "Build date: 2024-01-10 12:00:00 UTC Copyright (c) 1996-2024 Juniper Networks, Inc. (ccpe simulator)");
            case 2 -> MX480;
            case 3 -> new TimeTicks(agent.sysUpTime());
            case 4 -> new OctetString("noc@example.net");
            case 5 -> new OctetString(agent.name());
            case 6 -> new OctetString("ccpe-mx-simulator");
            case 7 -> new Integer32(4);
            default -> null;
        };
    }

    private Variable engine(int column) {
        return switch (column) {
            case 1 -> new OctetString(agent.engineId());
            case 2 -> new Integer32(agent.engineBoots());
            case 3 -> new Integer32(agent.engineTime());
            case 4 -> new Integer32(SimulatedSnmpAgent.MAX_MESSAGE_SIZE);
            default -> null;
        };
    }

    private static Variable ifEntry(int column, SimulatedInterface i) {
        if (i == null) {
            return null;
        }
        return switch (column) {
            case IF_INDEX -> new Integer32(i.ifIndex());
            case IF_DESCR -> new OctetString(i.name());
            case IF_TYPE -> new Integer32(i.ifType());
            case IF_SPEED -> new Gauge32(Math.min(i.speedMbps() * 1_000_000L, 0xFFFF_FFFFL));
            case IF_ADMIN_STATUS -> new Integer32(i.adminStatus().code());
            case IF_OPER_STATUS -> new Integer32(i.operStatus().code());
            case IF_LAST_CHANGE -> new TimeTicks(i.lastChange());
            case IF_IN_OCTETS -> counter32(i.counters().inOctets());
            case IF_IN_UCAST_PKTS -> counter32(i.counters().inPackets());
            case IF_IN_DISCARDS -> counter32(i.counters().inDiscards());
            case IF_IN_ERRORS -> counter32(i.counters().inErrors());
            case IF_OUT_OCTETS -> counter32(i.counters().outOctets());
            case IF_OUT_UCAST_PKTS -> counter32(i.counters().outPackets());
            case IF_OUT_DISCARDS -> counter32(i.counters().outDiscards());
            case IF_OUT_ERRORS -> counter32(i.counters().outErrors());
            default -> null;
        };
    }

    private static Variable ifXEntry(int column, SimulatedInterface i) {
        if (i == null) {
            return null;
        }
        return switch (column) {
            case IF_NAME -> new OctetString(i.name());
            case IF_HC_IN_OCTETS -> i.hasHcCounters() ? new Counter64(i.counters().inOctets()) : null;
            case IF_HC_IN_UCAST_PKTS -> i.hasHcCounters() ? new Counter64(i.counters().inPackets()) : null;
            case IF_HC_OUT_OCTETS -> i.hasHcCounters() ? new Counter64(i.counters().outOctets()) : null;
            case IF_HC_OUT_UCAST_PKTS -> i.hasHcCounters() ? new Counter64(i.counters().outPackets()) : null;
            case IF_HIGH_SPEED -> new Gauge32(i.speedMbps());
            case IF_COUNTER_DISCONTINUITY_TIME -> new TimeTicks(i.discontinuityTime());
            default -> null;
        };
    }

    /** The low 32 bits: a 32-bit counter wraps at 2^32 where the 64-bit one goes on. */
    private static Counter32 counter32(long value) {
        return new Counter32(value & 0xFFFF_FFFFL);
    }
}
