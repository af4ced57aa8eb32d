package org.ccpe.simulator.config;

import java.util.Optional;

/** An 802.1Q VLAN id as Junos accepts it on a unit: 1 to 4094. */
public record VlanId(int value) {

    public static final int MIN = 1;
    public static final int MAX = 4094;

    public VlanId {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException("VLAN id out of range: " + value);
        }
    }

    public static Optional<VlanId> parse(String text) {
        try {
            int value = Integer.parseInt(text.trim());
            return value < MIN || value > MAX ? Optional.empty() : Optional.of(new VlanId(value));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
