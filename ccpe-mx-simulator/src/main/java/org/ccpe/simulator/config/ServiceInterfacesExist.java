package org.ccpe.simulator.config;

import java.util.List;

/**
 * A service set runs on a services PIC interface ({@code ms-}, {@code sp-}, {@code vms-}); the
 * interface it names must be configured (with that unit, when it names one).
 */
final class ServiceInterfacesExist implements CommitRule {

    @Override
    public void check(ConfigNode configuration, List<ConfigError> errors) {
        configuration.child("services").ifPresent(services -> {
            for (ConfigNode set : services.children("service-set")) {
                set.child("interface-service").ifPresent(s -> require(configuration, set, s, "service-interface", errors));
                set.child("next-hop-service").ifPresent(s -> {
                    require(configuration, set, s, "inside-service-interface", errors);
                    require(configuration, set, s, "outside-service-interface", errors);
                });
            }
        });
    }

    private static void require(ConfigNode configuration, ConfigNode set, ConfigNode style, String element,
            List<ConfigError> errors) {
        String name = style.childText(element);
        if (name == null) {
            return;
        }
        InterfaceName ifName = InterfaceName.parse(name);
        boolean exists = name.contains(".") ? ifName.existsIn(configuration) : ifName.physicalExistsIn(configuration);
        if (!exists) {
            errors.add(ConfigError.operationFailed(
                    CommitRule.editPath("services", "service-set", set.key(), style.tag()), element,
                    "services interface " + name + " is not configured"));
        }
    }
}
