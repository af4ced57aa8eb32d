package org.ccpe.importing;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ccpe.importing.ActivationDirectorException.HttpStatus;
import org.ccpe.importing.ActivationDirectorException.MalformedAnswer;
import org.ccpe.importing.ActivationDirectorException.Unreachable;
import org.ccpe.net.Ipv4Address;
import org.ccpe.net.Ipv4Prefix;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads customers from an activation-director source (the contract in {@code
 * docs/activation-director-api.md}, modelled on Junos Space's customer-management API): the
 * customer list across all its pages, and one customer with its sites and access links as a
 * {@link TopologyDocument.CustomerEntry} for the import. Asks for XML or JSON (settings) and reads
 * whichever comes. XML is parsed with DTDs refused, so an answer cannot make us read files or
 * fetch URLs. Answers are bounded in size, paging in pages. Thread-safe; keep one per settings,
 * since each holds an HTTP client.
 */
public final class ActivationDirectorClient {
  static final String CUSTOMERS_PATH = "api/space/nsas/customer-management/customers";
  static final String VENDOR = "application/vnd.net.juniper.space.customer-management.";
  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;
  static final int MAX_PAGES = 10_000;

  private final ActivationDirectorSettings settings;
  private final HttpClient http;
  private final String authorization;

  public ActivationDirectorClient(ActivationDirectorSettings settings) {
    this.settings = settings;
    HttpClient.Builder builder = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout());
    if (settings.trustStore() != null) {
      builder.sslContext(trusting(settings));
    }
    this.http = builder.build();
    this.authorization = settings.user() == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (settings.user() + ":" + (settings.password() == null ? "" : settings.password())).getBytes(StandardCharsets.UTF_8));
  }

  public ActivationDirectorSettings settings() {
    return settings;
  }

  /**
   * Every customer the source has, in its order, walking the pages with {@code start}/{@code
   * limit} until the total is reached. A customer listed twice (the list moved while we walked it)
   * counts once; a page that brings nothing new before the total is reached means the source
   * ignores {@code start}, and is refused rather than walked forever.
   */
  public List<AdCustomerSummary> listCustomers() throws ActivationDirectorException {
    Map<String, AdCustomerSummary> found = new LinkedHashMap<>();
    int start = 0;
    long pagesAllowed = MAX_PAGES;
    for (int page = 0; page < pagesAllowed; page++) {
      URI uri = settings.url().resolve(CUSTOMERS_PATH + "?start=" + start + "&limit=" + settings.pageSize());
      AdNode customers = fetch(uri, "customers", "Customers");
      try {
        long total = requiredNumber(customers, "total");
        if (page == 0) {
          pagesAllowed = Math.min(MAX_PAGES, total / settings.pageSize() + 2);
        }
        List<AdNode> items = customers.children("Customer");
        int before = found.size();
        for (AdNode item : items) {
          AdCustomerSummary summary = summary(item);
          found.putIfAbsent(summary.id(), summary);
        }
        start += items.size();
        if (items.isEmpty() || start >= total) {
          return List.copyOf(found.values());
        }
        if (found.size() == before) {
          throw customers.wrong(null, "the page at start=" + (start - items.size())
              + " repeats customers already listed (does the source ignore start?)");
        }
      } catch (AdNode.Wrong e) {
        throw new MalformedAnswer(uri, e.where, e.getMessage(), null);
      }
    }
    throw new MalformedAnswer(settings.url().resolve(CUSTOMERS_PATH), null,
        "the list did not end within " + pagesAllowed + " pages of " + settings.pageSize(), null);
  }

  /** The customer {@code customerId} with its VPN, sites and access links, ready for the import. */
  public TopologyDocument.CustomerEntry customer(String customerId) throws ActivationDirectorException {
    if (customerId == null || customerId.isBlank()) {
      throw new IllegalArgumentException("a customer ID is required");
    }
    URI uri = settings.url().resolve(CUSTOMERS_PATH + "/"
        + URLEncoder.encode(customerId.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
    AdNode customer = fetch(uri, "customer", "Customer");
    try {
      String id = customer.requiredChild("Common").requiredText("Identity");
      if (!id.equals(customerId.strip())) {
        throw customer.wrong("Common/Identity", "customer " + id + " came back for " + customerId);
      }
      String vpn = customer.text("VpnId");
      if (vpn != null && !vpn.equals(id)) {
        throw customer.wrong("VpnId", "VPN " + vpn + " differs from the customer ID " + id);
      }
      AdNode sites = customer.child("Sites");
      List<TopologyDocument.SiteEntry> siteEntries = new ArrayList<>();
      for (AdNode site : sites == null ? List.<AdNode>of() : sites.children("Site")) {
        siteEntries.add(site(site));
      }
      return new TopologyDocument.CustomerEntry(id, customer.child("Common").requiredText("Name"), null,
          customer.text("AccountNo"), customer.text("ContactName"), customer.text("ContactEmail"),
          customer.text("ContactInfo"), siteEntries);
    } catch (AdNode.Wrong e) {
      throw new MalformedAnswer(uri, e.where, e.getMessage(), null);
    }
  }

  private static AdCustomerSummary summary(AdNode customer) {
    AdNode common = customer.requiredChild("Common");
    return new AdCustomerSummary(common.requiredText("Identity"), common.requiredText("Name"),
        customer.text("AccountNo"), customer.text("ContactName"), customer.text("ContactEmail"),
        date(common, "CreatedDate"), date(common, "LastUpdatedDate"));
  }

  private static TopologyDocument.SiteEntry site(AdNode site) {
    AdNode ri = site.child("RoutingInstance");
    AdNode lan = site.child("Lan");
    AdNode links = site.child("Links");
    List<TopologyDocument.LinkEntry> linkEntries = new ArrayList<>();
    for (AdNode link : links == null ? List.<AdNode>of() : links.children("Link")) {
      Long vlan = link.number("Vlan");
      if (vlan != null && (vlan < Integer.MIN_VALUE || vlan > Integer.MAX_VALUE)) {
        throw link.wrong("Vlan", vlan + " is out of range");
      }
      linkEntries.add(new TopologyDocument.LinkEntry(link.requiredText("key"), link.text("Interface"),
          vlan == null ? null : vlan.intValue(), link.text("Role"), link.text("Name"), link.text("Description")));
    }
    return new TopologyDocument.SiteEntry(site.requiredText("key"), site.text("Name"), site.text("Description"),
        site.text("PeRouter"),
        ri == null ? null : ri.text("Name"),
        lan == null ? null : lanGateway(lan.text("Prefix"), lan.text("Gateway")),
        ri == null ? null : ri.text("RouteDistinguisher"),
        ri == null ? null : ri.text("VrfTarget"),
        site.text("ContactName"), site.text("ContactEmail"), null, linkEntries);
  }

  /**
   * The site's LAN gateway as our inventory keeps it ({@code 10.1.2.1/24}): the source's gateway
   * with the prefix's length, or the prefix's first host when it names none. What cannot be read
   * as a prefix is passed on as it came, for the import's validation to report.
   */
  static String lanGateway(String prefix, String gateway) {
    if (prefix == null) {
      return gateway;
    }
    int slash = prefix.indexOf('/');
    if (gateway != null) {
      return slash < 0 ? gateway : gateway + prefix.substring(slash);
    }
    try {
      Ipv4Prefix network = Ipv4Prefix.parse(prefix);
      return new Ipv4Address(network.network().bits() + 1) + "/" + network.length();
    } catch (IllegalArgumentException e) {
      return prefix;
    }
  }

  private static OffsetDateTime date(AdNode node, String field) {
    String text = node.text(field);
    try {
      return text == null ? null : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw node.wrong(field, "'" + text + "' is not an ISO-8601 date-time with offset");
    }
  }

  private static long requiredNumber(AdNode node, String field) {
    Long value = node.number(field);
    if (value == null || value < 0) {
      throw node.wrong(field, value == null ? "missing" : "negative");
    }
    return value;
  }

  // ---- HTTP ----

  /** GETs {@code uri} and returns its {@code expected} element (the XML {@code Data} wrapper or the JSON object unwrapped). */
  private AdNode fetch(URI uri, String resource, String expected) throws ActivationDirectorException {
    String xml = VENDOR + resource + "+xml";
    String json = VENDOR + resource + "+json";
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(settings.timeout())
        .header("Accept", settings.format() == ActivationDirectorSettings.Format.JSON
            ? json + ", " + xml + ";q=0.5" : xml + ", " + json + ";q=0.5");
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<InputStream> response;
    byte[] body;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        body = in.readNBytes(MAX_ANSWER_BYTES + 1);
      }
    } catch (HttpConnectTimeoutException e) {
      throw new Unreachable(uri, "no connection within " + settings.timeout().toMillis() + " ms", e);
    } catch (HttpTimeoutException e) {
      throw new Unreachable(uri, "no answer within " + settings.timeout().toMillis() + " ms", e);
    } catch (ConnectException e) {
      throw new Unreachable(uri, "connection refused", e);
    } catch (IOException e) {
      throw new Unreachable(uri, e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable(uri, "interrupted while waiting", e);
    }
    if (body.length > MAX_ANSWER_BYTES) {
      throw new MalformedAnswer(uri, null, "answer larger than " + MAX_ANSWER_BYTES + " bytes", null);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() != 200) {
      throw new HttpStatus(uri, response.statusCode(), sourceMessage(uri, contentType, body));
    }
    AdNode root = parse(uri, contentType, body);
    AdNode found = expected.equals(root.path()) ? root : root.child(expected);
    if (found == null) {
      throw new MalformedAnswer(uri, root.path(), "no " + expected + " in the answer", null);
    }
    return found;
  }

  private static AdNode parse(URI uri, String contentType, byte[] body) throws MalformedAnswer {
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (type.endsWith("+xml") || type.equals("application/xml") || type.equals("text/xml")) {
      return parseXml(uri, body);
    }
    if (type.endsWith("+json") || type.equals("application/json")) {
      return parseJson(uri, body);
    }
    throw new MalformedAnswer(uri, null, "Content-Type '" + contentType + "' is neither XML nor JSON", null);
  }

  private static AdNode parseXml(URI uri, byte[] body) throws MalformedAnswer {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // thrown, not printed
      return AdNode.fromXml(builder.parse(new ByteArrayInputStream(body)).getDocumentElement());
    } catch (SAXParseException e) {
      throw new MalformedAnswer(uri, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
          "not well-formed XML: " + e.getMessage(), e);
    } catch (SAXException | IOException e) {
      throw new MalformedAnswer(uri, null, "not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("this JDK's XML parser cannot refuse DTDs", e);
    }
  }

  private static AdNode parseJson(URI uri, byte[] body) throws MalformedAnswer {
    try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      return AdNode.fromJson("", reader.readValue());
    } catch (JsonParsingException e) {
      throw new MalformedAnswer(uri, e.getLocation() == null ? null
          : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber(),
          "not valid JSON: " + e.getMessage(), e);
    } catch (JsonException | IllegalStateException e) {
      throw new MalformedAnswer(uri, null, "not valid JSON: " + e.getMessage(), e);
    } catch (AdNode.Wrong e) {
      throw new MalformedAnswer(uri, e.where, e.getMessage(), null);
    }
  }

  /** The error's {@code Message} when the body is the contract's error shape, else its start. */
  private static String sourceMessage(URI uri, String contentType, byte[] body) {
    try {
      AdNode root = parse(uri, contentType, body);
      AdNode error = "Error".equals(root.path()) ? root : root.child("Error");
      if (error != null && error.text("Message") != null) {
        return error.text("Message");
      }
    } catch (MalformedAnswer | AdNode.Wrong e) {
      // not the contract's error shape: show what came
    }
    String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? null : text;
  }

  private static SSLContext trusting(ActivationDirectorSettings settings) {
    char[] password = settings.trustStorePassword() == null ? null : settings.trustStorePassword().toCharArray();
    try {
      KeyStore store = KeyStore.getInstance(settings.trustStore().toFile(), password);
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(null, trust.getTrustManagers(), null);
      return tls;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("ccpe.ad.truststore " + settings.trustStore() + " cannot be read: " + e.getMessage(), e);
    }
  }
}
