package org.ccpe.net;

import java.util.Locale;
import java.util.regex.Pattern;

/** How we reach a router's management plane: an IPv4 address, an IPv6 address or a DNS name. */
public record HostName(String value) {
  private static final Pattern DNS =
      Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
  private static final Pattern IPV6_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

  public static HostName parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String value = text.strip();
    if (value.matches("[0-9.]+")) {
      Ipv4Address.parse(value);
      return new HostName(value);
    }
    if (value.contains(":")) {
      if (!isIpv6(value)) {
        throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
      }
      return new HostName(value.toLowerCase(Locale.ROOT));
    }
    if (!DNS.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + text + "' is neither an IP address nor a host name");
    }
    return new HostName(value.toLowerCase(Locale.ROOT));
  }

  /**
   * RFC 4291 text form: eight groups of up to four hex digits, or fewer with one {@code ::}; the
   * last two groups may be written as a dotted quad.
   */
  private static boolean isIpv6(String value) {
    String text = value;
    if (text.indexOf('.') >= 0) {
      int lastColon = text.lastIndexOf(':');
      try {
        Ipv4Address.parse(text.substring(lastColon + 1));
      } catch (IllegalArgumentException e) {
        return false;
      }
      text = text.substring(0, lastColon + 1) + "0:0";
    }
    int gap = text.indexOf("::");
    if (gap < 0) {
      return groups(text) == 8;
    }
    if (text.indexOf("::", gap + 1) >= 0) {
      return false;
    }
    int left = gap == 0 ? 0 : groups(text.substring(0, gap));
    int right = gap + 2 == text.length() ? 0 : groups(text.substring(gap + 2));
    return left >= 0 && right >= 0 && left + right <= 7;
  }

  /** How many valid hex groups {@code text} holds, or -1 if any is malformed. */
  private static int groups(String text) {
    String[] parts = text.split(":", -1);
    for (String part : parts) {
      if (!IPV6_GROUP.matcher(part).matches()) {
        return -1;
      }
    }
    return parts.length;
  }

  @Override
  public String toString() {
    return value;
  }
}
