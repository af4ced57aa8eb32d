package org.ccpe.simulator.snmp;

import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.smi.OID;

/** USM privacy protocols the simulator offers (those the poller supports). */
public enum PrivProtocol {
    AES128(PrivAES128.ID),
    AES256(PrivAES256.ID);

    private final OID id;

    PrivProtocol(OID id) {
        this.id = id;
    }

    OID id() {
        return id;
    }
}
