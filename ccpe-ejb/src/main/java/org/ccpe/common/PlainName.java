package org.ccpe.common;

/**
 * A name people type and systems put in URLs and logs (an API token's, a webhook's): 1 to 64
 * letters, digits, '.', '_' or '-', starting with a letter or digit.
 */
public final class PlainName {
  private PlainName() {}

  public static String parse(String raw) {
    if (raw == null || !raw.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return raw.strip();
  }
}
