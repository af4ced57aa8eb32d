package org.ccpe.net;

/** An IPv4 address in dotted-quad form. Leading zeros are refused: Junos reads them as octal. */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

  public static Ipv4Address parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String[] octets = text.strip().split("\\.", -1);
    if (octets.length != 4) {
      throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
    }
    int bits = 0;
    for (String octet : octets) {
      if (!octet.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(octet) > 255) {
        throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
      }
      bits = (bits << 8) | Integer.parseInt(octet);
    }
    return new Ipv4Address(bits);
  }

  /** The address as an unsigned number, for arithmetic and ordering. */
  public long unsigned() {
    return Integer.toUnsignedLong(bits);
  }

  @Override
  public int compareTo(Ipv4Address other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return (bits >>> 24) + "." + ((bits >>> 16) & 0xff) + "." + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);
  }
}
