package org.ccpe.access;

import java.util.Locale;

/**
 * What a password chosen by a person must be: 12 to 128 characters, with upper and lower case
 * letters and a digit, and not containing the login name.
 */
public final class PasswordPolicy {
  private PasswordPolicy() {}

  /** Throws IllegalArgumentException with the rule broken. */
  public static void check(String password, String login) {
    if (password == null || password.length() < 12) {
      throw new IllegalArgumentException("must be at least 12 characters");
    }
    if (password.length() > 128) {
      throw new IllegalArgumentException("must be at most 128 characters");
    }
    if (password.chars().noneMatch(Character::isUpperCase)
        || password.chars().noneMatch(Character::isLowerCase)
        || password.chars().noneMatch(Character::isDigit)) {
      throw new IllegalArgumentException("must mix upper and lower case letters and digits");
    }
    String user = login == null ? "" : login.replaceFirst("(?s)@.*", "").toLowerCase(Locale.ROOT);
    if (user.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(user)) {
      throw new IllegalArgumentException("must not contain the login name");
    }
  }
}
