package org.ccpe.simulator.operational;

import static org.ccpe.simulator.config.ConfigXml.escape;
import static org.ccpe.simulator.operational.PingResults.element;

import java.util.List;

/** The Junos {@code <dhcp-server-binding-information>} reply for a list of leases. */
public final class DhcpBindings {

    private DhcpBindings() {}

    public static String render(List<DhcpLease> leases) {
        StringBuilder out = new StringBuilder("<dhcp-server-binding-information>\n");
        for (DhcpLease lease : leases) {
            out.append("<dhcp-binding>\n");
            element(out, "allocated-address", escape(lease.address()));
            element(out, "mac-address", escape(lease.macAddress()));
            element(out, "binding-type", "active");
            element(out, "binding-state", "BOUND");
            element(out, "lease-expires-in", String.valueOf(lease.remaining().toSeconds()));
            element(out, "interface-name", escape(lease.interfaceName()));
            element(out, "routing-instance-name", escape(lease.routingInstance()));
            out.append("</dhcp-binding>\n");
        }
        return out.append("</dhcp-server-binding-information>").toString();
    }
}
