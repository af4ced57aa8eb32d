package org.ccpe.simulator.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each unit of a physical port needs its own VLAN id (1-4094): two units cannot share one. */
final class UniqueVlanPerPort implements CommitRule {

    @Override
    public void check(ConfigNode configuration, List<ConfigError> errors) {
        for (ConfigNode port : CommitRule.interfaces(configuration)) {
            Map<Integer, String> unitByVlan = new HashMap<>();
            for (ConfigNode unit : port.children("unit")) {
                String vlan = unit.childText("vlan-id");
                if (vlan == null) {
                    continue;
                }
                String path = CommitRule.editPath("interfaces", port.key(), "unit", unit.key());
                VlanId.parse(vlan).ifPresentOrElse(id -> {
                    String other = unitByVlan.putIfAbsent(id.value(), unit.key());
                    if (other != null) {
                        errors.add(ConfigError.operationFailed(path, "vlan-id",
                                "duplicate VLAN-ID " + id.value() + " on " + port.key() + ": already used by unit " + other));
                    }
                }, () -> errors.add(ConfigError.operationFailed(path, "vlan-id",
                        "VLAN-ID " + vlan + " is not in the range " + VlanId.MIN + ".." + VlanId.MAX)));
            }
        }
    }
}
