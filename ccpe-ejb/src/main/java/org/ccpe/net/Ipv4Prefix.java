package org.ccpe.net;

/**
 * An IPv4 network: a network address and a prefix length, e.g. {@code 10.1.2.0/24}. Host bits must
 * be zero; use {@link InterfaceAddress} for an address that carries a prefix length.
 */
public record Ipv4Prefix(Ipv4Address network, int length) {

  public Ipv4Prefix {
    if (length < 0 || length > 32) {
      throw new IllegalArgumentException("prefix length must be between 0 and 32");
    }
    if ((network.bits() & ~mask(length)) != 0) {
      throw new IllegalArgumentException(
          "'" + network + "/" + length + "' has host bits set; the network is "
              + new Ipv4Address(network.bits() & mask(length)) + "/" + length);
    }
  }

  public static Ipv4Prefix parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2 || !parts[1].matches("[0-9]{1,2}")) {
      throw new IllegalArgumentException("'" + text + "' is not an IPv4 prefix such as 10.1.2.0/24");
    }
    return new Ipv4Prefix(Ipv4Address.parse(parts[0]), Integer.parseInt(parts[1]));
  }

  /** The network that contains {@code address} at the given prefix length. */
  public static Ipv4Prefix containing(Ipv4Address address, int length) {
    return new Ipv4Prefix(new Ipv4Address(address.bits() & mask(length)), length);
  }

  static int mask(int length) {
    return length == 0 ? 0 : -1 << (32 - length);
  }

  public long firstUnsigned() {
    return network.unsigned();
  }

  public long lastUnsigned() {
    return network.unsigned() + (1L << (32 - length)) - 1;
  }

  public Ipv4Address broadcast() {
    return new Ipv4Address((int) lastUnsigned());
  }

  public boolean contains(Ipv4Address address) {
    return (address.bits() & mask(length)) == network.bits();
  }

  public boolean contains(Ipv4Prefix other) {
    return other.length >= length && contains(other.network);
  }

  public boolean overlaps(Ipv4Prefix other) {
    return contains(other) || other.contains(this);
  }

  @Override
  public String toString() {
    return network + "/" + length;
  }
}
