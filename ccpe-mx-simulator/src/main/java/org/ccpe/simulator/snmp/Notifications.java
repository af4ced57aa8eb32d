package org.ccpe.simulator.snmp;

import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.VariableBinding;

/** IF-MIB linkDown / linkUp notifications, with the variables Junos sends. */
final class Notifications {

    static final OID LINK_DOWN = new OID("1.3.6.1.6.3.1.1.5.3");
    static final OID LINK_UP = new OID("1.3.6.1.6.3.1.1.5.4");

    private Notifications() {}

    static PDU linkTrap(SimulatedSnmpAgent agent, SimulatedInterface changed, boolean v3) {
        PDU trap = v3 ? new ScopedPDU() : new PDU();
        trap.setType(PDU.TRAP);
        int index = changed.ifIndex();
        boolean up = changed.operStatus() == OperStatus.UP;
        trap.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(agent.sysUpTime())));
        trap.add(new VariableBinding(SnmpConstants.snmpTrapOID, up ? LINK_UP : LINK_DOWN));
        trap.add(new VariableBinding(column(AgentMib.IF_ENTRY, AgentMib.IF_INDEX, index), new Integer32(index)));
        trap.add(new VariableBinding(column(AgentMib.IF_ENTRY, AgentMib.IF_ADMIN_STATUS, index),
                new Integer32(changed.adminStatus().code())));
        trap.add(new VariableBinding(column(AgentMib.IF_ENTRY, AgentMib.IF_OPER_STATUS, index),
                new Integer32(changed.operStatus().code())));
        trap.add(new VariableBinding(column(AgentMib.IF_X_ENTRY, AgentMib.IF_NAME, index),
                new OctetString(changed.name())));
        return trap;
    }

    static OID column(OID entry, int column, int index) {
        return new OID(entry.getValue(), new int[] {column, index});
    }
}
