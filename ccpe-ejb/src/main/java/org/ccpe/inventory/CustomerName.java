package org.ccpe.inventory;

import java.util.Locale;

/**
 * A customer's name: its login key ({@code admin@<name>}) and the stem of its routing-instance
 * names, so it is restricted to letters, digits, {@code -}, {@code _} and {@code ,}, stored in
 * lower case, and never changes after creation.
 */
public record CustomerName(String value) {
  public static final int MAX_LENGTH = 64;

  public static CustomerName parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
    }
    if (!text.matches("[A-Za-z0-9_,-]+")) {
      throw new IllegalArgumentException(
          "may contain only letters, digits, '-', '_' and ',' (no spaces)");
    }
    return new CustomerName(text.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
