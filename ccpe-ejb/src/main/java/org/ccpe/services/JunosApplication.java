package org.ccpe.services;

/**
 * A Junos application a firewall rule can match instead of a protocol and ports, such as {@code
 * junos-https} or {@code junos-ssh}: lower-case letters, digits and hyphens, 2 to 63 characters,
 * starting with a letter or digit. Whether the router knows the name is for its {@code commit check}
 * to say.
 */
public record JunosApplication(String value) {

  public static JunosApplication parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String value = text.strip();
    if (!value.matches("[a-z0-9][a-z0-9-]{1,62}")) {
      throw new IllegalArgumentException("'" + text + "' is not a Junos application name such as junos-https "
          + "(lower-case letters, digits and '-', 2 to 63 characters)");
    }
    return new JunosApplication(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
