package org.ccpe.simulator.config;

import java.util.List;

/** One Junos commit-time rule: reports what in a configuration it forbids. */
interface CommitRule {

    void check(ConfigNode configuration, List<ConfigError> errors);

    /** {@code [edit a b c]} from statement labels. */
    static String editPath(String... labels) {
        return "[edit " + String.join(" ", labels) + "]";
    }

    /** The routing instances of a configuration, or none. */
    static List<ConfigNode> routingInstances(ConfigNode configuration) {
        return configuration.child("routing-instances").map(r -> r.children("instance")).orElse(List.of());
    }

    /** The physical interfaces of a configuration, or none. */
    static List<ConfigNode> interfaces(ConfigNode configuration) {
        return configuration.child("interfaces").map(i -> i.children("interface")).orElse(List.of());
    }
}
