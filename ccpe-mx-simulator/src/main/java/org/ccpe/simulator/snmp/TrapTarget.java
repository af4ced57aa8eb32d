package org.ccpe.simulator.snmp;

import org.snmp4j.CommunityTarget;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;

/** Where the agent sends its notifications: a v2c community, or a v3 user (null for v2c). */
record TrapTarget(String host, int port, String community, UsmUserSpec user) {

    static TrapTarget v2c(String host, int port, String community) {
        return new TrapTarget(host, port, community, null);
    }

    static TrapTarget v3(String host, int port, UsmUserSpec user) {
        return new TrapTarget(host, port, null, user);
    }

    Target<UdpAddress> target(byte[] localEngineId) {
        UdpAddress address = new UdpAddress(host + "/" + port);
        if (user == null) {
            CommunityTarget<UdpAddress> target = new CommunityTarget<>(address, new OctetString(community));
            target.setVersion(SnmpConstants.version2c);
            return target;
        }
        // a trap's sender is the authoritative engine: the receiver knows the user under our engine ID
        UserTarget<UdpAddress> target = new UserTarget<>(address, new OctetString(user.name()), localEngineId,
                SecurityLevel.AUTH_PRIV);
        target.setVersion(SnmpConstants.version3);
        return target;
    }

    @Override
    public String toString() {
        return host + ":" + port + (user == null ? " v2c" : " v3 " + user);
    }
}
