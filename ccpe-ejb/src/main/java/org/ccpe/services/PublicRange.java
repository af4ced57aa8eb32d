package org.ccpe.services;

import org.ccpe.net.Ipv4Prefix;
import org.ccpe.net.SpecialPurposeBlock;

/**
 * The public addresses the provider allocates to a site's Internet service, translated to and from
 * by its NAT: a /24 to a /32 of public unicast space. Private, shared, loopback, link-local,
 * multicast and other special-purpose blocks are refused: NAT to them would not reach the Internet.
 */
public record PublicRange(Ipv4Prefix prefix) {
  public static final int SHORTEST = 24;
  public static final int LONGEST = 32;

  public PublicRange {
    if (prefix.length() < SHORTEST) {
      throw new IllegalArgumentException("a public range is a /" + SHORTEST + " to a /" + LONGEST + ", not a /"
          + prefix.length());
    }
    SpecialPurposeBlock.overlapping(prefix).ifPresent(b -> {
      throw new IllegalArgumentException(prefix + " is not public: it is " + b.description());
    });
  }

  public static PublicRange parse(String text) {
    return new PublicRange(Ipv4Prefix.parse(text));
  }

  @Override
  public String toString() {
    return prefix.toString();
  }
}
