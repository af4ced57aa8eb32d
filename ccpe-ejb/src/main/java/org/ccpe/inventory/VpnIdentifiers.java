package org.ccpe.inventory;

import java.util.regex.Pattern;

/**
 * A site VPN's route distinguisher and route target, as Junos writes them: RD {@code
 * <asn>:<number>} or {@code <ipv4>:<number>}; target {@code target:<asn>:<number>} or {@code
 * target:<ipv4>:<number>}. Both or neither: a VRF needs the two.
 */
final class VpnIdentifiers {
  private static final Pattern RD = Pattern.compile(
      "(\\d{1,10}|(\\d{1,3}\\.){3}\\d{1,3}):\\d{1,10}");
  private static final Pattern TARGET = Pattern.compile(
      "target:(\\d{1,10}[Ll]?|(\\d{1,3}\\.){3}\\d{1,3}):\\d{1,10}");

  private VpnIdentifiers() {}

  static String routeDistinguisher(String text) {
    String value = text.strip();
    if (!RD.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a route distinguisher such as 65000:101 or 192.0.2.1:101");
    }
    return value;
  }

  static String vrfTarget(String text) {
    String value = text.strip();
    if (!TARGET.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a route target such as target:65000:101");
    }
    return value;
  }
}
