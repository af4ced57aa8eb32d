package org.ccpe.simulator.operational;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Ping targets and DHCP leases of one router; safe to change while sessions read it. */
public final class OperationalState {

    private final Map<String, PingTarget> pingTargets = new ConcurrentHashMap<>();
    private final List<DhcpLease> leases = new CopyOnWriteArrayList<>();

    public void pingTarget(PingTarget target) {
        pingTargets.put(key(target.routingInstance(), target.host()), target);
    }

    /** The configured target, or a host that never answers. */
    public PingTarget pingTarget(String routingInstance, String host) {
        PingTarget target = pingTargets.get(key(routingInstance, host));
        return target != null ? target : new PingTarget(routingInstance, host, 100, Duration.ZERO);
    }

    public void addLease(DhcpLease lease) {
        leases.add(lease);
    }

    public void clearLeases() {
        leases.clear();
    }

    /** The leases of a routing instance; all of them when {@code routingInstance} is null. */
    public List<DhcpLease> leases(String routingInstance) {
        return leases.stream()
                .filter(l -> routingInstance == null || routingInstance.equals(l.routingInstance()))
                .toList();
    }

    private static String key(String routingInstance, String host) {
        return (routingInstance == null ? "default" : routingInstance) + "\u0000" + host;
    }
}
