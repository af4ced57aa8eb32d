package org.ccpe.common;

/**
 * Knobs read from system properties (WildFly: {@code -D} or the {@code system-property} resource)
 * when used, so a change applies without a redeploy. A missing, unreadable or non-positive value
 * gives the default: a typo never switches a safeguard off.
 */
public final class SystemSettings {
  private SystemSettings() {}

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
