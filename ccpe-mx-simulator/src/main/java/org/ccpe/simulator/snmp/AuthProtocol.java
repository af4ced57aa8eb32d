package org.ccpe.simulator.snmp;

import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.smi.OID;

/** USM authentication protocols the simulator offers (those the poller supports). */
public enum AuthProtocol {
    SHA1(AuthSHA.ID),
    SHA256(AuthHMAC192SHA256.ID);

    private final OID id;

    AuthProtocol(OID id) {
        this.id = id;
    }

    OID id() {
        return id;
    }
}
