package org.ccpe.inventory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a site's routing instance on its router, and the stem of every other object of the
 * site's cCPE context (bridge domain, DHCP group, service set), so one site's configuration never
 * touches another's. Junos-safe: letters, digits, {@code _} and {@code -}, at most 63 characters,
 * starting with a letter or digit.
 */
public record RoutingInstanceName(String value) {
  public static final int MAX_LENGTH = 63;

  public static RoutingInstanceName parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    if (!text.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,62}")) {
      throw new IllegalArgumentException("'" + text + "' is not a Junos-safe routing-instance name "
          + "(letters, digits, '_' and '-', at most 63, starting with a letter or digit)");
    }
    return new RoutingInstanceName(text);
  }

  /**
   * Derives {@code <customer>_<site>} with unsafe characters replaced by {@code -}. A name too
   * long keeps its beginning and gains a short hash of the whole, so two long names that share a
   * beginning still differ.
   */
  public static RoutingInstanceName derive(String customerName, String siteName) {
    String whole = safe(customerName) + "_" + safe(siteName);
    if (whole.length() <= MAX_LENGTH) {
      return new RoutingInstanceName(whole);
    }
    return new RoutingInstanceName(whole.substring(0, MAX_LENGTH - 9) + "-" + shortHash(whole));
  }

  /** The same name with {@code -n} appended (fitting in 63), to resolve a clash on a router. */
  public RoutingInstanceName withSuffix(int n) {
    String suffix = "-" + n;
    String stem = value.length() + suffix.length() > MAX_LENGTH
        ? value.substring(0, MAX_LENGTH - suffix.length())
        : value;
    return new RoutingInstanceName(stem + suffix);
  }

  private static String safe(String text) {
    String replaced = text.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^[-_]+", "");
    return replaced.isEmpty() ? "x" : replaced;
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
