package org.ccpe.net;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A DNS domain name in RFC 1123 host-name syntax, such as a DHCP pool hands to its clients: labels
 * of letters, digits and hyphens (not at either end), 1 to 63 characters each, at most 253 in all.
 * Written lower-case without a trailing dot. A single label ({@code lan}) is allowed; an all-numeric
 * last label is not, so an IPv4 address is never mistaken for a name.
 */
public record DomainName(String value) {
  public static final int MAX_LENGTH = 253;

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  public static DomainName parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.endsWith(".")) {
      value = value.substring(0, value.length() - 1);
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("'" + text + "' is not a domain name of 1 to " + MAX_LENGTH + " characters");
    }
    String[] labels = value.split("\\.", -1);
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw new IllegalArgumentException("'" + text + "' is not a domain name such as example.com: each label is 1 to 63 "
            + "letters, digits or hyphens, not starting or ending with a hyphen");
      }
    }
    if (labels[labels.length - 1].matches("[0-9]+")) {
      throw new IllegalArgumentException("'" + text + "' ends in a numeric label: a domain name, not an address, is expected");
    }
    return new DomainName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
