package org.ccpe.net;

/**
 * An address configured on an interface, with its prefix length: {@code 10.1.2.1/24} is the
 * gateway 10.1.2.1 on the LAN 10.1.2.0/24. The address must be a usable host of its network (not
 * the network or broadcast address), and the network between /8 and /30 as a LAN is.
 */
public record InterfaceAddress(Ipv4Address address, int length) {
  public static final int SHORTEST = 8;
  public static final int LONGEST = 30;

  public static InterfaceAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2 || !parts[1].matches("[0-9]{1,2}")) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an address with prefix length such as 10.1.2.1/24");
    }
    Ipv4Address address = Ipv4Address.parse(parts[0]);
    int length = Integer.parseInt(parts[1]);
    if (length < SHORTEST || length > LONGEST) {
      throw new IllegalArgumentException(
          "prefix length must be between /" + SHORTEST + " and /" + LONGEST + " in '" + text + "'");
    }
    Ipv4Prefix network = Ipv4Prefix.containing(address, length);
    if (address.equals(network.network()) || address.equals(network.broadcast())) {
      throw new IllegalArgumentException(
          "'" + text + "' is the network or broadcast address of " + network + ", not a usable host");
    }
    return new InterfaceAddress(address, length);
  }

  public Ipv4Prefix network() {
    return Ipv4Prefix.containing(address, length);
  }

  @Override
  public String toString() {
    return address + "/" + length;
  }
}
