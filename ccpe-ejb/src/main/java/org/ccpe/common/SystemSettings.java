package org.ccpe.common;

/** Reads the server's numeric knobs from system properties, read when used so a change applies at once. */
public final class SystemSettings {
  private SystemSettings() {}

  /** The property as a positive whole number; absent, blank, malformed or not positive gives {@code fallback}. */
  public static long positive(String property, long fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      long parsed = Long.parseLong(value.strip());
      return parsed > 0 ? parsed : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
