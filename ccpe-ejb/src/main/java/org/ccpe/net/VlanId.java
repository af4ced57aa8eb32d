package org.ccpe.net;

/** An 802.1Q VLAN ID usable for a customer: 1 to 4094 (0 and 4095 are reserved). */
public record VlanId(int value) {
  public VlanId {
    if (value < 1 || value > 4094) {
      throw new IllegalArgumentException("must be between 1 and 4094, not " + value);
    }
  }

  public static VlanId of(Integer value) {
    if (value == null) {
      throw new IllegalArgumentException("is required");
    }
    return new VlanId(value);
  }
}
