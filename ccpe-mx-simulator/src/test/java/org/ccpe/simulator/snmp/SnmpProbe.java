package org.ccpe.simulator.snmp;

import java.io.IOException;
import org.snmp4j.PDU;

/** One v2c GET through a real socket, for tests outside this package. */
public final class SnmpProbe {

    private final int port;
    private final String community;

    public SnmpProbe(int port, String community) {
        this.port = port;
        this.community = community;
    }

    public long counter64(String oid) throws IOException {
        try (Manager manager = new Manager()) {
            PDU response = manager.get(manager.v2c(port, community), oid);
            if (response == null) {
                throw new IOException("no answer from 127.0.0.1:" + port);
            }
            return response.get(0).getVariable().toLong();
        }
    }
}
