package org.ccpe.activationdirector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivationDirectorServerTest {
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (ActivationDirectorServer.DEFAULT_USER + ":" + ActivationDirectorServer.DEFAULT_PASSWORD).getBytes(StandardCharsets.UTF_8));
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private ActivationDirectorServer server;

  @BeforeEach
  void start() throws IOException {
    server = ActivationDirectorServer.start(0, Seed.load(Path.of("examples/customers.json")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private HttpResponse<String> get(String pathAndQuery, String accept, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUrl().resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(5));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
    return get(pathAndQuery, accept, BASIC);
  }

  @Test
  void listsAPageOfTheExampleSeedInXmlWithTheTotal() throws Exception {
    HttpResponse<String> r = get(ActivationDirectorServer.CUSTOMERS_PATH + "?start=1&limit=2",
        ActivationDirectorServer.CUSTOMERS_XML);
    assertEquals(200, r.statusCode());
    assertEquals(ActivationDirectorServer.CUSTOMERS_XML, r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(r.body().contains("<Customers size=\"2\" total=\"5\" start=\"1\" limit=\"2\">"), r.body());
    assertTrue(r.body().contains("<Identity>327681</Identity>"), r.body());
    assertTrue(r.body().contains("<Identity>327682</Identity>"), r.body());
    assertTrue(!r.body().contains("<Sites"), "the list carries summaries only");
  }

  @Test
  void answersJsonWhenAcceptPrefersIt() throws Exception {
    HttpResponse<String> r = get(ActivationDirectorServer.CUSTOMERS_PATH + "/327680",
        ActivationDirectorServer.CUSTOMER_XML + ";q=0.5, " + ActivationDirectorServer.CUSTOMER_JSON);
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(ActivationDirectorServer.CUSTOMER_JSON));
    assertTrue(r.body().startsWith("{\"Customer\":{\"href\":"), r.body());
    assertTrue(r.body().contains("\"Vlan\":210"), r.body());
    assertTrue(r.body().contains("\"VpnId\":\"327680\""), r.body());
  }

  @Test
  void oneCustomerCarriesItsSitesLinksAndVpn() throws Exception {
    String xml = get(ActivationDirectorServer.CUSTOMERS_PATH + "/327680", null).body();
    Representation customer = Representation.fromXml(xml.getBytes(StandardCharsets.UTF_8)).first("Customer");
    Seed.Customer read = Seed.Customer.from(customer);
    assertEquals(Seed.load(Path.of("examples/customers.json")).customer("327680"), read);
    assertEquals("327680", customer.field("VpnId"));
  }

  @Test
  void xmlSeedsReadLikeJsonSeeds(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.xml");
    Files.writeString(file, """
        <Data xmlns="services.schema.networkapi.jmp.juniper.net"><Customers>
          <Customer key="7"><Common><Name>seven</Name><Identity>7</Identity></Common>
            <Sites><Site key="7-a"><PeRouter>mx-1</PeRouter><Lan><Prefix>10.0.0.0/24</Prefix></Lan>
              <Links><Link key="7-a-0"><Interface>ge-0/0/0.7</Interface><Vlan>7</Vlan><Role>vpn</Role></Link></Links>
            </Site></Sites></Customer>
        </Customers></Data>""");
    Seed seed = Seed.load(file);
    assertEquals("seven", seed.customer("7").name());
    assertEquals(7, seed.customer("7").sites().get(0).links().get(0).vlan());
  }

  @Test
  void seedsWithDoctypesAreRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("seed.xml");
    Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<Customers><Customer key=\"1\"><Common><Name>&e;</Name></Common></Customer></Customers>");
    assertThrows(IOException.class, () -> Seed.load(file));
  }

  @Test
  void refusesWithoutTheRightCredentials() throws Exception {
    HttpResponse<String> none = get(ActivationDirectorServer.CUSTOMERS_PATH, null, null);
    assertEquals(401, none.statusCode());
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
    String wrong = "Basic " + Base64.getEncoder().encodeToString("director:nope".getBytes(StandardCharsets.UTF_8));
    assertEquals(401, get(ActivationDirectorServer.CUSTOMERS_PATH, null, wrong).statusCode());
  }

  @Test
  void saysWhatIsWrongWithARequest() throws Exception {
    HttpResponse<String> unknown = get(ActivationDirectorServer.CUSTOMERS_PATH + "/999", "application/json");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("\"Status\":404"), unknown.body());
    assertEquals(406, get(ActivationDirectorServer.CUSTOMERS_PATH, "text/plain").statusCode());
    assertEquals(400, get(ActivationDirectorServer.CUSTOMERS_PATH + "?limit=x", null).statusCode());
    assertEquals(400, get(ActivationDirectorServer.CUSTOMERS_PATH + "?start=-1", null).statusCode());
  }

  @Test
  void faultKnobsFailCutAndSlowTheAnswers() throws Exception {
    server.faults().failWith(500);
    assertEquals(500, get(ActivationDirectorServer.CUSTOMERS_PATH, null).statusCode());
    server.faults().clear();
    server.faults().malformedAnswers(true);
    String cut = get(ActivationDirectorServer.CUSTOMERS_PATH, null).body();
    assertThrows(IOException.class, () -> Representation.fromXml(cut.getBytes(StandardCharsets.UTF_8)));
    server.faults().clear();
    server.faults().delay(Duration.ofMillis(300));
    long began = System.nanoTime();
    assertEquals(200, get(ActivationDirectorServer.CUSTOMERS_PATH, null).statusCode());
    assertTrue(System.nanoTime() - began >= 300_000_000L);
  }

  @Test
  void listensOnLoopbackOnly() throws Exception {
    InetAddress other = InetAddress.getLocalHost();
    if (!other.isLoopbackAddress()) {
      assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(
              URI.create("http://" + other.getHostAddress() + ":" + server.port() + "/")).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.ofString()));
    }
  }

  @Test
  void generatedSeedsHaveDistinctVlansPerRouter() {
    Seed seed = Seed.generated(50, 3);
    assertEquals(50, seed.customers().size());
    long distinct = seed.customers().stream().flatMap(c -> c.sites().stream())
        .map(s -> s.peRouter() + "/" + s.links().get(0).interfaceName()).distinct().count();
    assertEquals(150, distinct);
  }
}
