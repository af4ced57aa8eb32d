package org.ccpe.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.ccpe.activationdirector.ActivationDirectorServer;
import org.ccpe.activationdirector.Seed;
import org.ccpe.importing.ActivationDirectorException.HttpStatus;
import org.ccpe.importing.ActivationDirectorException.MalformedAnswer;
import org.ccpe.importing.ActivationDirectorException.Unreachable;
import org.ccpe.importing.ActivationDirectorSettings.Format;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our client against the runnable activation-director source over HTTP on loopback. */
@Timeout(10)
class ActivationDirectorClientTest {
  private static final Seed.Customer ACME = new Seed.Customer("327680", "acme", "40132324001", "Alice Martin",
      "noc@acme.example", "+33 1 23 45 67 00", "2025-03-01T09:00:00.000+01:00", "2025-06-11T14:30:00.000+02:00",
      List.of(
          new Seed.Site("327680-hq", "hq", "Headquarters", "mx-paris-1", "acme-hq", "65000:101", "target:65000:101",
              "10.10.1.0/24", "10.10.1.254", null, null, List.of(
                  new Seed.Link("327680-hq-0", "ge-1/0/3.210", 210, "vpn", "hq uplink", null),
                  new Seed.Link("327680-hq-1", "ge-1/0/3.211", 211, "internet", null, null))),
          new Seed.Site("327680-lyon", "lyon", null, "mx-lyon-1", "acme-lyon", "65000:102", "target:65000:102",
              "10.10.2.0/24", null, "Bob", "bob@acme.example", List.of(
                  new Seed.Link("327680-lyon-0", "ge-0/0/1.301", 301, "vpn", null, null)))));
  private static final Seed.Customer BARE = new Seed.Customer("a b/c", "bare", null, null, null, null, null, null, List.of());

  private ActivationDirectorServer server;

  @BeforeEach
  void start() throws IOException {
    server = ActivationDirectorServer.start(0, new Seed(List.of(ACME, BARE)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private ActivationDirectorClient client(Format format) {
    return new ActivationDirectorClient(ActivationDirectorSettings.of(server.baseUrl(),
            ActivationDirectorServer.DEFAULT_USER, ActivationDirectorServer.DEFAULT_PASSWORD)
        .withFormat(format).withTimeout(Duration.ofSeconds(3)));
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void readsACustomerWithItsSitesAndLinksIntoTheTopologyModel(Format format) throws Exception {
    TopologyDocument.CustomerEntry acme = client(format).customer("327680");

    assertEquals("327680", acme.externalId());
    assertEquals("acme", acme.name());
    assertNull(acme.displayName(), "display names are ours, never the source's");
    assertEquals("40132324001", acme.accountNumber());
    assertEquals("Alice Martin", acme.contactName());
    assertEquals("noc@acme.example", acme.contactEmail());
    assertEquals("+33 1 23 45 67 00", acme.contactInfo());
    assertEquals(2, acme.sites().size());
    TopologyDocument.SiteEntry hq = acme.sites().get(0);
    assertEquals(new TopologyDocument.SiteEntry("327680-hq", "hq", "Headquarters", "mx-paris-1", "acme-hq",
        "10.10.1.254/24", "65000:101", "target:65000:101", null, null, null, List.of(
            new TopologyDocument.LinkEntry("327680-hq-0", "ge-1/0/3.210", 210, "vpn", "hq uplink", null),
            new TopologyDocument.LinkEntry("327680-hq-1", "ge-1/0/3.211", 211, "internet", null, null))), hq);
    TopologyDocument.SiteEntry lyon = acme.sites().get(1);
    assertEquals("10.10.2.1/24", lyon.lanGateway(), "no gateway named: the LAN's first host");
    assertEquals("bob@acme.example", lyon.contactEmail());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void listsCustomersWithTheirDates(Format format) throws Exception {
    List<AdCustomerSummary> customers = client(format).listCustomers();
    assertEquals(List.of("327680", "a b/c"), customers.stream().map(AdCustomerSummary::id).toList());
    assertEquals(new AdCustomerSummary("327680", "acme", "40132324001", "Alice Martin", "noc@acme.example",
        OffsetDateTime.parse("2025-03-01T09:00:00+01:00"), OffsetDateTime.parse("2025-06-11T14:30:00+02:00")),
        customers.get(0));
    assertNull(customers.get(1).lastUpdated());
  }

  @Test
  void customerIdsAreSentEscaped() throws Exception {
    assertEquals("bare", client(Format.XML).customer("a b/c").name());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void walksEveryPage(Format format) throws Exception {
    server.seed(Seed.generated(23, 1));
    int before = server.requests();
    List<AdCustomerSummary> all = new ActivationDirectorClient(client(format).settings().withPageSize(5)).listCustomers();
    assertEquals(23, all.size());
    assertEquals("1000", all.get(0).id());
    assertEquals("1022", all.get(22).id());
    assertEquals(5, server.requests() - before, "pages of 5: 5+5+5+5+3");
  }

  @Test
  void anEmptySourceIsOneRequest() throws Exception {
    server.seed(new Seed(List.of()));
    assertEquals(List.of(), client(Format.XML).listCustomers());
  }

  @Test
  void anUnknownCustomerIsA404() {
    HttpStatus e = assertThrows(HttpStatus.class, () -> client(Format.JSON).customer("999"));
    assertTrue(e.notFound());
    assertTrue(e.getMessage().contains("no customer with ID 999"), e.getMessage());
  }

  @Test
  void aServerErrorCarriesItsStatus() {
    server.faults().failWith(500);
    HttpStatus e = assertThrows(HttpStatus.class, () -> client(Format.XML).listCustomers());
    assertEquals(500, e.status());
    assertTrue(e.getMessage().contains("injected failure"), e.getMessage());
  }

  @Test
  void wrongCredentialsAreA401() {
    ActivationDirectorClient wrong = new ActivationDirectorClient(
        ActivationDirectorSettings.of(server.baseUrl(), ActivationDirectorServer.DEFAULT_USER, "not-it"));
    assertEquals(401, assertThrows(HttpStatus.class, wrong::listCustomers).status());
    ActivationDirectorClient anonymous = new ActivationDirectorClient(ActivationDirectorSettings.of(server.baseUrl(), null, null));
    assertEquals(401, assertThrows(HttpStatus.class, () -> anonymous.customer("327680")).status());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void aCutOffAnswerIsMalformedAndSaysWhere(Format format) {
    server.faults().malformedAnswers(true);
    MalformedAnswer e = assertThrows(MalformedAnswer.class, () -> client(format).customer("327680"));
    assertTrue(e.getMessage().contains(format == Format.XML ? "not well-formed XML" : "not valid JSON"), e.getMessage());
    assertTrue(e.where().startsWith("line "), e.where());
  }

  @Test
  void aStoppedSourceIsUnreachable() throws Exception {
    ActivationDirectorClient client = client(Format.XML);
    server.stop();
    Unreachable e = assertThrows(Unreachable.class, client::listCustomers);
    assertTrue(e.request().toString().startsWith(server.baseUrl().toString()), e.getMessage());
  }

  @Test
  void aSlowSourceIsUnreachableWithinTheTimeout() {
    server.faults().delay(Duration.ofSeconds(3));
    ActivationDirectorClient impatient = new ActivationDirectorClient(
        client(Format.XML).settings().withTimeout(Duration.ofMillis(300)));
    long began = System.nanoTime();
    Unreachable e = assertThrows(Unreachable.class, () -> impatient.customer("327680"));
    assertTrue(e.getMessage().contains("no answer within 300 ms"), e.getMessage());
    assertTrue(System.nanoTime() - began < 2_000_000_000L);
  }

  // ---- sources that break the contract in ways the runnable source never does ----

  /** A one-off source on loopback answering every request with {@code body} as {@code contentType}. */
  private static void withSource(String contentType, String body, Consumer<URI> test) throws IOException {
    HttpServer hostile = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hostile.createContext("/", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    hostile.start();
    try {
      test.accept(URI.create("http://127.0.0.1:" + hostile.getAddress().getPort() + "/"));
    } finally {
      hostile.stop(0);
    }
  }

  private static ActivationDirectorClient clientOf(URI url) {
    return new ActivationDirectorClient(ActivationDirectorSettings.of(url, "u", "p").withTimeout(Duration.ofSeconds(3)));
  }

  @Test
  void refusesDoctypesSoAnAnswerCannotReadOurFiles() throws IOException {
    withSource("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE Data [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + "<Data><Customer><Common><Name>&x;</Name><Identity>1</Identity></Common></Customer></Data>", url -> {
          MalformedAnswer e = assertThrows(MalformedAnswer.class, () -> clientOf(url).customer("1"));
          assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        });
  }

  @Test
  void namesTheMissingField() throws IOException {
    withSource(ActivationDirectorClient.VENDOR + "customers+xml", "<Data><Customers total=\"2\">"
        + "<Customer><Common><Name>a</Name><Identity>1</Identity></Common></Customer>"
        + "<Customer><Common><Name>b</Name></Common></Customer></Customers></Data>", url -> {
          MalformedAnswer e = assertThrows(MalformedAnswer.class, () -> clientOf(url).listCustomers());
          assertEquals("Data/Customers/Customer[2]/Common/Identity", e.where());
        });
  }

  @Test
  void refusesAVlanThatIsNoNumber() throws IOException {
    withSource("application/json", "{\"Customer\":{\"Common\":{\"Name\":\"a\",\"Identity\":\"1\"},\"Sites\":{\"Site\":["
        + "{\"key\":\"s\",\"Links\":{\"Link\":[{\"key\":\"l\",\"Vlan\":\"ten\"}]}}]}}}", url -> {
          MalformedAnswer e = assertThrows(MalformedAnswer.class, () -> clientOf(url).customer("1"));
          assertEquals("Customer/Sites/Site[1]/Links/Link[1]/Vlan", e.where());
        });
  }

  @Test
  void refusesAnotherCustomerThanTheOneAskedFor() throws IOException {
    withSource("application/json", "{\"Customer\":{\"Common\":{\"Name\":\"a\",\"Identity\":\"2\"}}}", url ->
        assertThrows(MalformedAnswer.class, () -> clientOf(url).customer("1")));
  }

  @Test
  void stopsWhenTheSourceIgnoresStart() throws IOException {
    withSource("application/json", "{\"Customers\":{\"total\":1000000,\"Customer\":["
        + "{\"Common\":{\"Name\":\"a\",\"Identity\":\"1\"}}]}}", url -> {
          MalformedAnswer e = assertThrows(MalformedAnswer.class, () -> clientOf(url).listCustomers());
          assertTrue(e.getMessage().contains("ignore start"), e.getMessage());
        });
  }

  @Test
  void refusesAnswersThatAreNeitherXmlNorJson() throws IOException {
    withSource("text/html", "<html>login</html>", url ->
        assertThrows(MalformedAnswer.class, () -> clientOf(url).listCustomers()));
  }
}
