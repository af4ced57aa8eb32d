package org.ccpe.common;

import java.util.regex.Pattern;

/**
 * A contact e-mail address: one {@code @}, a plausible local part, and a domain with a dot.
 * Deliberately stricter than RFC 5322 (no quoted local parts, no comments): these are addresses
 * people type into a form.
 */
public record EmailAddress(String value) {
  private static final Pattern FORM =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  public static EmailAddress parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String value = text.strip();
    if (value.length() > 254 || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an e-mail address");
    }
    return new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
