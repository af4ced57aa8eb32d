package org.ccpe.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivationDirectorSettingsTest {

  @Test
  void readsEveryPropertyAndHidesThePasswords() {
    Map<String, String> p = Map.of("ccpe.ad.url", "https://director.example.net/sd", "ccpe.ad.user", "ops",
        "ccpe.ad.password", "s3cret", "ccpe.ad.truststore", "/etc/ccpe/ad.p12", "ccpe.ad.truststore-password", "changeit",
        "ccpe.ad.timeout-ms", "2500", "ccpe.ad.page-size", "50", "ccpe.ad.format", "json");
    ActivationDirectorSettings s = ActivationDirectorSettings.from(p::get);
    assertEquals(URI.create("https://director.example.net/sd/"), s.url());
    assertEquals("ops", s.user());
    assertEquals(Path.of("/etc/ccpe/ad.p12"), s.trustStore());
    assertEquals(Duration.ofMillis(2500), s.timeout());
    assertEquals(50, s.pageSize());
    assertEquals(ActivationDirectorSettings.Format.JSON, s.format());
    assertFalse(s.toString().contains("s3cret") || s.toString().contains("changeit"), s.toString());
  }

  @Test
  void defaultsWhatIsNotSet() {
    ActivationDirectorSettings s = ActivationDirectorSettings.from(Map.of("ccpe.ad.url", "http://127.0.0.1:8089")::get);
    assertEquals(ActivationDirectorSettings.DEFAULT_TIMEOUT, s.timeout());
    assertEquals(ActivationDirectorSettings.DEFAULT_PAGE_SIZE, s.pageSize());
    assertEquals(ActivationDirectorSettings.Format.XML, s.format());
    assertNull(s.trustStore());
  }

  @Test
  void namesThePropertyThatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ActivationDirectorSettings.from(Map.<String, String>of()::get))
        .getMessage().contains("ccpe.ad.url"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ActivationDirectorSettings.from(
        Map.of("ccpe.ad.url", "ftp://x/")::get)).getMessage().contains("ccpe.ad.url"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ActivationDirectorSettings.from(
        Map.of("ccpe.ad.url", "http://x/", "ccpe.ad.timeout-ms", "soon")::get)).getMessage().contains("ccpe.ad.timeout-ms"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> ActivationDirectorSettings.from(
        Map.of("ccpe.ad.url", "http://x/", "ccpe.ad.page-size", "0")::get)).getMessage().contains("ccpe.ad.page-size"));
  }

  @Test
  void anUnreadableTrustStoreIsSaidAtOnce() {
    ActivationDirectorSettings s = ActivationDirectorSettings.of(URI.create("https://127.0.0.1:1/"), "u", "p")
        .withTrustStore(Path.of("/nonexistent/ad.p12"), "changeit");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ActivationDirectorClient(s))
        .getMessage().contains("ccpe.ad.truststore"));
  }

  @Test
  void theLanGatewayIsTheNamedOneOrTheFirstHost() {
    assertEquals("10.1.2.1/24", ActivationDirectorClient.lanGateway("10.1.2.0/24", null));
    assertEquals("10.1.2.254/24", ActivationDirectorClient.lanGateway("10.1.2.0/24", "10.1.2.254"));
    assertEquals("10.1.2.9/24", ActivationDirectorClient.lanGateway("10.1.2.9/24", null), "passed on for validation");
    assertEquals("nonsense", ActivationDirectorClient.lanGateway("nonsense", null));
  }
}
