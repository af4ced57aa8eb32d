package org.ccpe.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ccpe.simulator.operational.DhcpBindings;
import org.ccpe.simulator.operational.DhcpLease;
import org.junit.jupiter.api.Test;

class DhcpBindingsReplyTest {
  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void readsTheSimulatorsBindingsWithTheirExpiry() {
    String reply = DhcpBindings.render(List.of(
        new DhcpLease("acme_HQ", "10.1.1.100", "00:11:22:33:44:55", "irb.3", Duration.ofSeconds(3600)),
        new DhcpLease("acme_HQ", "10.1.1.101", "00:11:22:33:44:AA", "irb.3", Duration.ofSeconds(60))));

    List<DhcpBinding> bindings = DhcpBindingsReply.parse(Replies.xml(reply), "acme_HQ", NOW);

    assertEquals(2, bindings.size());
    assertEquals(new DhcpBinding("10.1.1.100", "00:11:22:33:44:55", "BOUND", NOW.plusSeconds(3600), null),
        bindings.get(0));
    assertEquals(NOW.plusSeconds(60), bindings.get(1).leaseExpires());
  }

  @Test
  void readsJunosSecondsAttributeHostnameAndNeverExpiringLeases() {
    String reply = """
        <dhcp-server-binding-information xmlns:junos="http://xml.juniper.net/junos/23.4R1/junos">
          <dhcp-binding>
            <allocated-address>10.1.1.7</allocated-address><mac-address>aa:bb:cc:dd:ee:ff</mac-address>
            <binding-state>BOUND</binding-state>
            <lease-expires-in junos:seconds="86331">86331 seconds</lease-expires-in>
            <client-hostname>printer-2</client-hostname>
          </dhcp-binding>
          <dhcp-binding>
            <allocated-address>10.1.1.8</allocated-address><mac-address>aa:bb:cc:dd:ee:00</mac-address>
            <binding-state>bound</binding-state><lease-expires-in>never</lease-expires-in>
          </dhcp-binding>
        </dhcp-server-binding-information>""";

    List<DhcpBinding> bindings = DhcpBindingsReply.parse(Replies.xml(reply), "acme_HQ", NOW);

    assertEquals(NOW.plusSeconds(86331), bindings.get(0).leaseExpires());
    assertEquals("printer-2", bindings.get(0).hostname());
    assertNull(bindings.get(1).leaseExpires());
    assertEquals("BOUND", bindings.get(1).state());
  }

  @Test
  void anEmptyListIsNoDevices() {
    assertTrue(DhcpBindingsReply.parse(Replies.xml("<dhcp-server-binding-information/>"), "ri", NOW).isEmpty());
  }

  @Test
  void refusesABindingOfAnotherRoutingInstance() {
    String reply = DhcpBindings.render(List.of(
        new DhcpLease("other_Site", "10.9.9.9", "00:11:22:33:44:55", "irb.9", Duration.ofSeconds(10))));

    RouterReplyException refused = assertThrows(RouterReplyException.class,
        () -> DhcpBindingsReply.parse(Replies.xml(reply), "acme_HQ", NOW));
    assertTrue(refused.getMessage().contains("dhcp-binding[0] belongs to routing instance other_Site"),
        refused.getMessage());
  }

  @Test
  void refusesMalformedAddressesMacsAndLeaseTimesByTheirPath() {
    assertRefused(binding("10.1.1.300", "00:11:22:33:44:55", "BOUND", "10"), "dhcp-binding[0].allocated-address");
    assertRefused(binding("10.1.1.3", "00:11:22:33:44", "BOUND", "10"), "dhcp-binding[0].mac-address");
    assertRefused(binding("10.1.1.3", "00:11:22:33:44:55", "BOUND!", "10"), "dhcp-binding[0].binding-state");
    assertRefused(binding("10.1.1.3", "00:11:22:33:44:55", "BOUND", "-5"), "dhcp-binding[0].lease-expires-in");
    assertRefused("<dhcp-server-binding-information><dhcp-binding><mac-address>00:11:22:33:44:55</mac-address>"
        + "</dhcp-binding></dhcp-server-binding-information>", "dhcp-binding[0].allocated-address is missing");
  }

  @Test
  void refusesAReplyThatIsNotABindingList() {
    assertRefused("<ping-results/>", "<ping-results>");
  }

  @Test
  void dropsAHostnameWithControlCharacters() {
    String reply = "<dhcp-server-binding-information><dhcp-binding><allocated-address>10.1.1.3</allocated-address>"
        + "<mac-address>00:11:22:33:44:55</mac-address><binding-state>BOUND</binding-state>"
        + "<client-hostname>evil&#9;name</client-hostname></dhcp-binding></dhcp-server-binding-information>";
    assertNull(DhcpBindingsReply.parse(Replies.xml(reply), "ri", NOW).get(0).hostname());
  }

  private static String binding(String address, String mac, String state, String expires) {
    return "<dhcp-server-binding-information><dhcp-binding><allocated-address>" + address
        + "</allocated-address><mac-address>" + mac + "</mac-address><binding-state>" + state
        + "</binding-state><lease-expires-in>" + expires + "</lease-expires-in></dhcp-binding>"
        + "</dhcp-server-binding-information>";
  }

  private static void assertRefused(String reply, String expected) {
    RouterReplyException refused = assertThrows(RouterReplyException.class,
        () -> DhcpBindingsReply.parse(Replies.xml(reply), "ri", NOW));
    assertTrue(refused.getMessage().contains(expected), refused.getMessage());
  }
}
