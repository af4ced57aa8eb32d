package org.ccpe.importing;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where the activation-director source is and how to reach it, from system properties:
 * {@code ccpe.ad.url} (the server's base URL, e.g. {@code https://director.example.net/}; the
 * contract's paths are appended), {@code ccpe.ad.user}, {@code ccpe.ad.password},
 * {@code ccpe.ad.truststore} and {@code ccpe.ad.truststore-password} (for a source whose
 * certificate the JVM's default trust does not cover), {@code ccpe.ad.timeout-ms} (connect, and
 * the wait for each answer; 10 s), {@code ccpe.ad.page-size} (customers per list request; 100)
 * and {@code ccpe.ad.format} ({@code xml} or {@code json}: the format asked for first; the client
 * reads either).
 */
public record ActivationDirectorSettings(
    URI url,
    String user,
    String password,
    Path trustStore,
    String trustStorePassword,
    Duration timeout,
    int pageSize,
    Format format) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_PAGE_SIZE = 100;
  public static final int MAX_PAGE_SIZE = 500;

  /** The representation asked for first. */
  public enum Format { XML, JSON }

  public ActivationDirectorSettings {
    if (url == null || !url.isAbsolute() || url.getHost() == null
        || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
      throw new IllegalArgumentException("ccpe.ad.url must be an http(s) URL such as https://director.example.net/, not " + url);
    }
    if (!url.getPath().endsWith("/")) {
      url = URI.create(url + "/");
    }
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("ccpe.ad.timeout-ms must be positive");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("ccpe.ad.page-size must be 1.." + MAX_PAGE_SIZE);
    }
    format = format == null ? Format.XML : format;
  }

  /** A source at {@code url} with these credentials and the defaults for everything else. */
  public static ActivationDirectorSettings of(URI url, String user, String password) {
    return new ActivationDirectorSettings(url, user, password, null, null, null, DEFAULT_PAGE_SIZE, null);
  }

  public static ActivationDirectorSettings fromSystemProperties() {
    return from(System::getProperty);
  }

  /** From properties named {@code ccpe.ad.*}, looked up with {@code property}. */
  public static ActivationDirectorSettings from(UnaryOperator<String> property) {
    String url = property.apply("ccpe.ad.url");
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("ccpe.ad.url is not set: the activation-director source's base URL");
    }
    String trustStore = blankToNull(property.apply("ccpe.ad.truststore"));
    String format = blankToNull(property.apply("ccpe.ad.format"));
    try {
      return new ActivationDirectorSettings(
          URI.create(url.strip()),
          blankToNull(property.apply("ccpe.ad.user")),
          property.apply("ccpe.ad.password"),
          trustStore == null ? null : Path.of(trustStore),
          property.apply("ccpe.ad.truststore-password"),
          Duration.ofMillis(number(property, "ccpe.ad.timeout-ms", DEFAULT_TIMEOUT.toMillis())),
          (int) number(property, "ccpe.ad.page-size", DEFAULT_PAGE_SIZE),
          format == null ? null : Format.valueOf(format.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith("ccpe.ad.") ? e.getMessage()
          : "activation-director settings: " + e.getMessage(), e);
    }
  }

  public ActivationDirectorSettings withFormat(Format format) {
    return new ActivationDirectorSettings(url, user, password, trustStore, trustStorePassword, timeout, pageSize, format);
  }

  public ActivationDirectorSettings withPageSize(int pageSize) {
    return new ActivationDirectorSettings(url, user, password, trustStore, trustStorePassword, timeout, pageSize, format);
  }

  public ActivationDirectorSettings withTimeout(Duration timeout) {
    return new ActivationDirectorSettings(url, user, password, trustStore, trustStorePassword, timeout, pageSize, format);
  }

  public ActivationDirectorSettings withTrustStore(Path trustStore, String trustStorePassword) {
    return new ActivationDirectorSettings(url, user, password, trustStore, trustStorePassword, timeout, pageSize, format);
  }

  /** Without the passwords. */
  @Override
  public String toString() {
    return "ActivationDirectorSettings[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "***")
        + ", trustStore=" + trustStore + ", timeout=" + timeout + ", pageSize=" + pageSize + ", format=" + format + "]";
  }

  private static long number(UnaryOperator<String> property, String name, long otherwise) {
    String text = blankToNull(property.apply(name));
    if (text == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
