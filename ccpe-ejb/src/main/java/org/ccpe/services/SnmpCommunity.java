package org.ccpe.services;

/**
 * A site's read-only SNMP community: 1 to 32 printable ASCII characters without spaces or quotes,
 * so it needs no quoting in the Junos configuration. It is a password in all but name: no message
 * and no {@link #toString()} ever shows it.
 */
public record SnmpCommunity(String value) {
  public static final int MAX_LENGTH = 32;

  public SnmpCommunity {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("is required");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
    }
    if (!value.chars().allMatch(c -> c > ' ' && c < 0x7f && c != '"' && c != '\'')) {
      throw new IllegalArgumentException("must be printable ASCII without spaces or quotes");
    }
  }

  public static SnmpCommunity parse(String text) {
    return new SnmpCommunity(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return "SnmpCommunity[****]";
  }
}
