package org.ccpe.simulator.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Every IPv4 address or prefix the renderer writes must be one: unit addresses, address-assignment
 * pool networks and ranges (global or per routing instance), and static routes of routing instances
 * (a next hop that names an interface, such as a services unit, is not an address and is left alone).
 */
final class ValidIpv4Addresses implements CommitRule {

    @Override
    public void check(ConfigNode configuration, List<ConfigError> errors) {
        for (ConfigNode port : CommitRule.interfaces(configuration)) {
            for (ConfigNode unit : port.children("unit")) {
                unit.path("family", "inet").ifPresent(inet -> inet.children("address").forEach(a ->
                        require(a.key(), "address", errors, "interfaces", port.key(), "unit", unit.key(), "family", "inet")));
            }
        }
        checkPools(configuration, errors);
        for (ConfigNode instance : CommitRule.routingInstances(configuration)) {
            checkPools(instance, errors, "routing-instances", instance.key());
            instance.path("routing-options", "static").ifPresent(s -> s.children("route").forEach(route -> {
                String[] at = {"routing-instances", instance.key(), "routing-options", "static"};
                require(route.key(), "route", errors, at);
                route.children("next-hop").stream()
                        .filter(hop -> !isInterfaceName(hop.text()))
                        .forEach(hop -> require(hop.text(), "next-hop", errors, at));
            }));
        }
    }

    private static void checkPools(ConfigNode scope, List<ConfigError> errors, String... scopePath) {
        scope.path("access", "address-assignment").ifPresent(assignment -> {
            for (ConfigNode pool : assignment.children("pool")) {
                List<String> at = new ArrayList<>(List.of(scopePath));
                at.addAll(List.of("access", "address-assignment", "pool", pool.key(), "family", "inet"));
                String[] path = at.toArray(String[]::new);
                pool.path("family", "inet").ifPresent(inet -> {
                    require(inet.childText("network"), "network", errors, path);
                    inet.children("range").forEach(range -> {
                        require(range.childText("low"), "low", errors, path);
                        require(range.childText("high"), "high", errors, path);
                    });
                });
            }
        });
    }

    /** A next hop may be an interface ({@code ms-1/0/0.20}) instead of an address: Junos names start with a letter. */
    private static boolean isInterfaceName(String value) {
        return value != null && !value.isEmpty() && Character.isLetter(value.charAt(0));
    }

    private static void require(String value, String element, List<ConfigError> errors, String... path) {
        if (value != null && Ipv4Prefix.parse(value).isEmpty()) {
            errors.add(ConfigError.operationFailed(CommitRule.editPath(path), element + " " + value,
                    "invalid IPv4 address or prefix: " + value));
        }
    }
}
