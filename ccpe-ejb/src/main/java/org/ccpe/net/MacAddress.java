package org.ccpe.net;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Ethernet address of a LAN host, in canonical form: six lower-case hex pairs joined by colons,
 * {@code 00:1b:21:3a:4f:5c}. Parsing accepts the forms people paste from a host or a switch
 * (colons, hyphens, Cisco dots {@code 001b.213a.4f5c}, bare hex). A group address (multicast or
 * broadcast: the least significant bit of the first octet set) and all zeros are refused: neither
 * is a host a DHCP server can bind.
 */
public record MacAddress(String value) {
  private static final Pattern FORMS = Pattern.compile(
      "\\p{XDigit}{2}([:-])\\p{XDigit}{2}(\\1\\p{XDigit}{2}){4}"
          + "|\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}"
          + "|\\p{XDigit}{12}");

  public static MacAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String value = text.strip();
    if (!FORMS.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a MAC address such as 00:1b:21:3a:4f:5c");
    }
    String hex = value.replaceAll("[:.-]", "").toLowerCase(Locale.ROOT);
    if (hex.equals("000000000000")) {
      throw new IllegalArgumentException("'" + text + "' is the all-zero MAC address, not a host");
    }
    if ((Integer.parseInt(hex.substring(0, 2), 16) & 1) != 0) {
      throw new IllegalArgumentException("'" + text + "' is a multicast or broadcast MAC address, not a host");
    }
    StringBuilder canonical = new StringBuilder(17);
    for (int i = 0; i < 12; i += 2) {
      canonical.append(i == 0 ? "" : ":").append(hex, i, i + 2);
    }
    return new MacAddress(canonical.toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
