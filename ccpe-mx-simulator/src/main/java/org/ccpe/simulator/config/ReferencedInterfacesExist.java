package org.ccpe.simulator.config;

import java.util.List;

/**
 * An interface named in a routing instance, or as a bridge domain's routing interface, must be
 * configured under {@code interfaces} with that unit.
 */
final class ReferencedInterfacesExist implements CommitRule {

    @Override
    public void check(ConfigNode configuration, List<ConfigError> errors) {
        for (ConfigNode instance : CommitRule.routingInstances(configuration)) {
            for (ConfigNode ref : instance.children("interface")) {
                requireExists(configuration, ref.key(),
                        CommitRule.editPath("routing-instances", instance.key(), "interface"), errors);
            }
        }
        configuration.child("bridge-domains").ifPresent(domains -> {
            for (ConfigNode domain : domains.children("domain")) {
                requireExists(configuration, domain.childText("routing-interface"),
                        CommitRule.editPath("bridge-domains", domain.key(), "routing-interface"), errors);
            }
        });
    }

    private static void requireExists(ConfigNode configuration, String name, String path, List<ConfigError> errors) {
        if (name != null && !InterfaceName.parse(name).existsIn(configuration)) {
            errors.add(ConfigError.operationFailed(path, name,
                    "Referenced interface " + name + " is not configured under [edit interfaces]"));
        }
    }
}
