package org.ccpe.simulator.config;

/**
 * A logical interface name as referenced from a routing instance or service set:
 * {@code ge-1/0/3.210} is unit 210 of physical {@code ge-1/0/3}; without a unit, Junos means unit 0.
 */
public record InterfaceName(String physical, String unit) {

    public static InterfaceName parse(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? new InterfaceName(name, "0") : new InterfaceName(name.substring(0, dot), name.substring(dot + 1));
    }

    /** Whether the configuration has this interface and unit under {@code interfaces}. */
    public boolean existsIn(ConfigNode configuration) {
        return configuration.child("interfaces")
                .flatMap(i -> i.find("interface", physical))
                .flatMap(i -> i.find("unit", unit))
                .isPresent();
    }

    /** Whether the configuration has the physical interface at all. */
    public boolean physicalExistsIn(ConfigNode configuration) {
        return configuration.child("interfaces").flatMap(i -> i.find("interface", physical)).isPresent();
    }

    @Override
    public String toString() {
        return physical + "." + unit;
    }
}
