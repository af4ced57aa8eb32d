package org.ccpe.net;

import java.util.Optional;

/**
 * IPv4 blocks that are not ordinary public unicast space (RFC 6890). Some are fine for hosts on a
 * private network (RFC 1918, shared CGN space, link-local); others are never a host's address at
 * all (this-network, loopback, multicast, reserved and the limited broadcast). The documentation
 * blocks (192.0.2.0/24 and friends) are deliberately absent: labs and examples use them as public.
 */
public enum SpecialPurposeBlock {
  THIS_NETWORK("0.0.0.0/8", "\"this network\" (0.0.0.0/8)", false),
  PRIVATE_10("10.0.0.0/8", "private (RFC 1918, 10.0.0.0/8)", true),
  SHARED("100.64.0.0/10", "shared carrier-grade NAT space (RFC 6598, 100.64.0.0/10)", true),
  LOOPBACK("127.0.0.0/8", "loopback (127.0.0.0/8)", false),
  LINK_LOCAL("169.254.0.0/16", "link-local (169.254.0.0/16)", true),
  PRIVATE_172("172.16.0.0/12", "private (RFC 1918, 172.16.0.0/12)", true),
  PRIVATE_192("192.168.0.0/16", "private (RFC 1918, 192.168.0.0/16)", true),
  MULTICAST("224.0.0.0/4", "multicast (224.0.0.0/4)", false),
  RESERVED("240.0.0.0/4", "reserved (240.0.0.0/4, including the broadcast address)", false);

  private final Ipv4Prefix block;
  private final String description;
  private final boolean hostAddresses;

  SpecialPurposeBlock(String block, String description, boolean hostAddresses) {
    this.block = Ipv4Prefix.parse(block);
    this.description = description;
    this.hostAddresses = hostAddresses;
  }

  /** The first special-purpose block that overlaps {@code prefix}, if any. */
  public static Optional<SpecialPurposeBlock> overlapping(Ipv4Prefix prefix) {
    for (SpecialPurposeBlock b : values()) {
      if (b.block.overlaps(prefix)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The special-purpose block {@code address} lies in, if any. */
  public static Optional<SpecialPurposeBlock> containing(Ipv4Address address) {
    return overlapping(new Ipv4Prefix(address, 32));
  }

  public Ipv4Prefix block() {
    return block;
  }

  /** Whether an address of this block can be a host's (unicast on some private network). */
  public boolean hasHostAddresses() {
    return hostAddresses;
  }

  /** In words for an operator, e.g. {@code private (RFC 1918, 10.0.0.0/8)}. */
  public String description() {
    return description;
  }
}
