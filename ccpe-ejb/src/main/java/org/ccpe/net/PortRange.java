package org.ccpe.net;

/**
 * A TCP or UDP port, or a range of them, as written in a firewall rule: {@code 443} or {@code
 * 1000-2000}. Ports are 1 to 65535 (0 is not a port a service listens on); a range runs from low to
 * high. Written back as a single port when low and high are the same.
 */
public record PortRange(int low, int high) {
  public static final int MIN = 1;
  public static final int MAX = 65535;

  public PortRange {
    if (low < MIN || low > MAX || high < MIN || high > MAX) {
      throw new IllegalArgumentException("ports must be between " + MIN + " and " + MAX);
    }
    if (low > high) {
      throw new IllegalArgumentException("range " + low + "-" + high + " runs backwards: low must not exceed high");
    }
  }

  public static PortRange parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String[] parts = text.strip().split("-", -1);
    if (parts.length > 2) {
      throw new IllegalArgumentException("'" + text + "' is not a port or port range such as 443 or 1000-2000");
    }
    int low = port(parts[0], text);
    int high = parts.length == 2 ? port(parts[1], text) : low;
    return new PortRange(low, high);
  }

  private static int port(String part, String text) {
    String digits = part.strip();
    if (!digits.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException("'" + text + "' is not a port or port range such as 443 or 1000-2000");
    }
    return Integer.parseInt(digits);
  }

  public boolean isSinglePort() {
    return low == high;
  }

  @Override
  public String toString() {
    return isSinglePort() ? Integer.toString(low) : low + "-" + high;
  }
}
