package org.ccpe.services;

/**
 * The name a customer gives to one object of a site's settings (a DHCP pool, a static binding, a
 * port mapping, a firewall rule). It becomes part of a Junos configuration identifier, so it is
 * Junos-safe: 1 to 32 letters, digits, {@code _} or {@code -}, nothing that needs quoting.
 */
public record JunosName(String value) {
  public static final int MAX_LENGTH = 32;

  public static JunosName parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String value = text.strip();
    if (!value.matches("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}")) {
      throw new IllegalArgumentException("'" + text + "' is not a Junos-safe name (1 to " + MAX_LENGTH
          + " letters, digits, '_' or '-')");
    }
    return new JunosName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
