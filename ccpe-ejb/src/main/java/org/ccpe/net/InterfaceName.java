package org.ccpe.net;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Junos logical interface: a physical port and a unit, e.g. {@code ge-1/0/3.210}, {@code
 * xe-0/1/0:2.5} (a channelized port), {@code et-2/0/0.100} or {@code ae12.300}. The physical port
 * is what VLAN uniqueness is checked on: one VLAN ID per port.
 */
public record InterfaceName(String physicalPort, int unit) {
  public static final int MAX_UNIT = 16385;

  private static final Pattern FORM =
      Pattern.compile("((?:ge|xe|et)-(?:0|[1-9]\\d?)/(?:0|[1-9]\\d?)/(?:0|[1-9]\\d{0,2})(?::(?:0|[1-9]\\d?))?"
          + "|ae(?:0|[1-9]\\d{0,2}))\\.(\\d{1,5})");

  public static InterfaceName parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a logical interface such as ge-1/0/3.210, xe-0/0/0:1.10, et-2/0/0.5 or ae0.100");
    }
    int unit = Integer.parseInt(m.group(2));
    if (unit > MAX_UNIT) {
      throw new IllegalArgumentException("unit " + unit + " is above the Junos maximum of " + MAX_UNIT);
    }
    return new InterfaceName(m.group(1), unit);
  }

  @Override
  public String toString() {
    return physicalPort + "." + unit;
  }
}
