package org.ccpe.simulator.netconf;

import java.util.Map;
import org.ccpe.simulator.operational.DhcpBindings;
import org.ccpe.simulator.operational.PingResults;
import org.w3c.dom.Element;

/**
 * Operational commands the monitoring uses: {@code ping} from a routing instance (which must be
 * configured on the running configuration) and the DHCP server bindings of a routing instance.
 */
final class OperationalRpcs {

    private static final int DEFAULT_PING_COUNT = 5;
    private static final int MAX_PING_COUNT = 10_000;

    private OperationalRpcs() {}

    static void register(Map<String, RpcHandler> handlers) {
        handlers.put("ping", OperationalRpcs::ping);
        handlers.put("get-dhcp-server-binding-information", OperationalRpcs::dhcpBindings);
    }

    private static String ping(NetconfSession session, Element op) throws RpcException {
        String host = Elements.childText(op, "host");
        if (host == null || host.isEmpty()) {
            throw new RpcException(new RpcError("protocol", "missing-element", null, "ping needs <host>", "host", null));
        }
        String instance = Elements.childText(op, "routing-instance");
        requireInstance(session, instance);
        int count = Math.min(Elements.intChild(op, "count", DEFAULT_PING_COUNT), MAX_PING_COUNT);
        return PingResults.render(session.router().operational().pingTarget(instance, host), count);
    }

    private static String dhcpBindings(NetconfSession session, Element op) throws RpcException {
        String instance = Elements.childText(op, "routing-instance");
        requireInstance(session, instance);
        return DhcpBindings.render(session.router().operational().leases(instance));
    }

    private static void requireInstance(NetconfSession session, String instance) throws RpcException {
        if (instance == null || instance.isEmpty() || instance.equals("default")) {
            return;
        }
        boolean exists = session.router().database().running().child("routing-instances")
                .flatMap(r -> r.find("instance", instance)).isPresent();
        if (!exists) {
            throw new RpcException(new RpcError("application", "invalid-value", null,
                    "invalid routing instance: " + instance, "routing-instance", null));
        }
    }
}
