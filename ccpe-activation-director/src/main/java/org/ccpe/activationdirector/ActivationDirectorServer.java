package org.ccpe.activationdirector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The activation-director source of {@code docs/activation-director-api.md} on the JDK's HTTP
 * server, bound to 127.0.0.1 only: the customer list (paged with {@code start}/{@code limit}, with
 * a total) and each customer with its sites and access links, in XML or JSON as the client's
 * {@code Accept} asks, behind HTTP Basic. Embedded in tests with {@link #start(int, Seed)} and
 * {@link #stop()}; misbehaves on request through {@link #faults()}.
 */
public final class ActivationDirectorServer implements AutoCloseable {
  public static final String CUSTOMERS_PATH = "/api/space/nsas/customer-management/customers";
  public static final String NAMESPACE = "services.schema.networkapi.jmp.juniper.net";
  public static final String CUSTOMERS_XML = "application/vnd.net.juniper.space.customer-management.customers+xml";
  public static final String CUSTOMERS_JSON = "application/vnd.net.juniper.space.customer-management.customers+json";
  public static final String CUSTOMER_XML = "application/vnd.net.juniper.space.customer-management.customer+xml";
  public static final String CUSTOMER_JSON = "application/vnd.net.juniper.space.customer-management.customer+json";
  public static final String DEFAULT_USER = "director";
  public static final String DEFAULT_PASSWORD = "director";
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  private enum Format { XML, JSON }

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] credentials;
  private final Faults faults = new Faults();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile Seed seed;

  private ActivationDirectorServer(HttpServer server, ExecutorService executor, Seed seed, String user, String password) {
    this.server = server;
    this.executor = executor;
    this.seed = seed;
    this.credentials = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
  }

  /** Starts on 127.0.0.1:{@code port} (0: any free port) with the default credentials. */
  public static ActivationDirectorServer start(int port, Seed seed) throws IOException {
    return start(port, seed, DEFAULT_USER, DEFAULT_PASSWORD);
  }

  public static ActivationDirectorServer start(int port, Seed seed, String user, String password) throws IOException {
    Objects.requireNonNull(seed, "seed");
    if (user == null || user.isEmpty() || user.contains(":") || password == null || password.isEmpty()) {
      throw new IllegalArgumentException("a user without ':' and a non-empty password are required");
    }
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "activation-director-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ActivationDirectorServer director = new ActivationDirectorServer(http, executor, seed, user, password);
    http.createContext("/", director::handle);
    http.setExecutor(executor);
    http.start();
    return director;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL clients are configured with, e.g. {@code http://127.0.0.1:8089/}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port() + "/");
  }

  public Faults faults() {
    return faults;
  }

  /** Requests received so far, answered or not. */
  public int requests() {
    return requests.get();
  }

  /** Replaces what the source knows, e.g. to show a customer changed since import. */
  public void seed(Seed seed) {
    this.seed = Objects.requireNonNull(seed);
  }

  public void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public void close() {
    stop();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getRawPath();
      boolean list = path.equals(CUSTOMERS_PATH) || path.equals(CUSTOMERS_PATH + "/");
      Format format = negotiate(exchange.getRequestHeaders().getFirst("Accept"), list);
      if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"activation-director\"");
        error(exchange, format, 401, "authentication required");
        return;
      }
      if (!pause()) {
        return;
      }
      if (faults.failStatus() != 0) {
        error(exchange, format, faults.failStatus(), "injected failure");
      } else if (!path.equals(CUSTOMERS_PATH) && !path.startsWith(CUSTOMERS_PATH + "/")) {
        error(exchange, format, 404, "no resource at " + path);
      } else if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        error(exchange, format, 405, exchange.getRequestMethod() + " is not supported; use GET");
      } else if (format == null) {
        error(exchange, Format.XML, 406, "acceptable: " + (list ? CUSTOMERS_XML + ", " + CUSTOMERS_JSON
            : CUSTOMER_XML + ", " + CUSTOMER_JSON) + ", application/xml, application/json");
      } else if (list) {
        list(exchange, format);
      } else {
        one(exchange, format, path.substring(CUSTOMERS_PATH.length() + 1));
      }
    }
  }

  private void list(HttpExchange exchange, Format format) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    int start;
    int limit;
    try {
      start = Integer.parseInt(query.getOrDefault("start", "0"));
      limit = Math.min(Integer.parseInt(query.getOrDefault("limit", Integer.toString(DEFAULT_LIMIT))), MAX_LIMIT);
    } catch (NumberFormatException e) {
      error(exchange, format, 400, "start and limit are whole numbers");
      return;
    }
    if (start < 0 || limit < 1) {
      error(exchange, format, 400, "start must be 0 or more and limit 1 or more");
      return;
    }
    List<Seed.Customer> all = seed.customers();
    List<Seed.Customer> page = all.subList(Math.min(start, all.size()), Math.min(start + limit, all.size()));
    Representation customers = Representation.element("Customers").attribute("size", page.size())
        .attribute("total", all.size()).attribute("start", start).attribute("limit", limit);
    page.forEach(c -> customers.add(c.summary(href(c.id()))));
    answer(exchange, format, 200, customers, format == Format.XML ? CUSTOMERS_XML : CUSTOMERS_JSON);
  }

  /** {@code rawId}: the path segment as sent (an ID's own {@code /} arrives as {@code %2F}). */
  private void one(HttpExchange exchange, Format format, String rawId) throws IOException {
    String id = URLDecoder.decode(rawId.replace("+", "%2B"), StandardCharsets.UTF_8);
    Seed.Customer customer = rawId.contains("/") ? null : seed.customer(id);
    if (customer == null) {
      error(exchange, format, 404, "no customer with ID " + id);
      return;
    }
    answer(exchange, format, 200, customer.detail(href(id)), format == Format.XML ? CUSTOMER_XML : CUSTOMER_JSON);
  }

  private static String href(String id) {
    return CUSTOMERS_PATH + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private void error(HttpExchange exchange, Format format, int status, String message) throws IOException {
    Representation error = Representation.element("Error").number("Status", status).text("Message", message);
    Format f = format == null ? Format.XML : format;
    answer(exchange, f, status, error, f == Format.XML ? "application/xml" : "application/json");
  }

  private void answer(HttpExchange exchange, Format format, int status, Representation body, String contentType)
      throws IOException {
    String text = format == Format.XML
        ? Representation.element("Data").add(body).toXml(NAMESPACE)
        : body.toJson();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (faults.malformed()) {
      bytes = Arrays.copyOf(bytes, bytes.length / 2);
    }
    exchange.getResponseHeaders().set("Content-Type", contentType + (format == Format.XML ? "" : ";charset=UTF-8"));
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    try {
      return MessageDigest.isEqual(credentials, Base64.getDecoder().decode(header.substring(6).strip()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** False when stopped while waiting. */
  private boolean pause() {
    Duration delay = faults.delay();
    if (delay.isZero()) {
      return true;
    }
    try {
      Thread.sleep(delay.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The format the {@code Accept} header prefers (by q, then order), XML when it says nothing; null: none acceptable. */
  private static Format negotiate(String accept, boolean list) {
    if (accept == null || accept.isBlank()) {
      return Format.XML;
    }
    record Range(String type, double q, int order) {}
    List<Range> ranges = new ArrayList<>();
    String[] parts = accept.split(",");
    for (int i = 0; i < parts.length; i++) {
      String[] params = parts[i].split(";");
      double q = 1;
      for (int p = 1; p < params.length; p++) {
        String param = params[p].strip();
        if (param.startsWith("q=")) {
          try {
            q = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (q > 0) {
        ranges.add(new Range(params[0].strip().toLowerCase(Locale.ROOT), q, i));
      }
    }
    ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
    for (Range r : ranges) {
      if (r.type.equals(list ? CUSTOMERS_XML : CUSTOMER_XML) || r.type.equals("application/xml")
          || r.type.equals("text/xml") || r.type.equals("*/*") || r.type.equals("application/*")) {
        return Format.XML;
      }
      if (r.type.equals(list ? CUSTOMERS_JSON : CUSTOMER_JSON) || r.type.equals("application/json")) {
        return Format.JSON;
      }
    }
    return null;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return params;
  }
}
