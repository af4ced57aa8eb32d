package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyScanTest {
  private static final String NS = "xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"";

  @Test
  void theHandReadRootAgreesWithTheStreamReader() throws Exception {
    for (String xml : List.of(
        "<rpc-reply " + NS + " message-id=\"101\"><ok/></rpc-reply>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rpc-reply message-id='7' " + NS + "><ok/></rpc-reply>",
        "\uFEFF<nc:rpc-reply xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" nc:message-id=\"9\" message-id = \"8\" "
            + "xmlns:junos=\"http://xml.juniper.net/junos/23.4R1/junos\"><ok/></nc:rpc-reply>",
        "<rpc-reply " + NS + "><ok/></rpc-reply>",
        "<rpc-reply\n\t" + NS + "\n\tmessage-id=\"é-1\"/>",
        "<notification xmlns=\"urn:ietf:params:xml:ns:netconf:notification:1.0\"><eventTime>x</eventTime></notification>")) {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      ReplyScan.Root quick = ReplyScan.quickRoot(bytes);
      assertNotNull(quick, xml);
      assertEquals(streamRoot(bytes), quick, xml);
    }
  }

  @Test
  void anythingUnusualGoesToTheStreamReader() throws Exception {
    for (String xml : List.of(
        "<!-- hi --><rpc-reply " + NS + " message-id=\"1\"/>",
        "<rpc-reply " + NS + " message-id=\"&#49;\"/>",
        "<!DOCTYPE rpc-reply [<!ENTITY x \"y\">]><rpc-reply " + NS + " message-id=\"1\"/>",
        "<rpc-reply " + NS + " message-id=\"1",
        "garbage")) {
      assertNull(ReplyScan.quickRoot(xml.getBytes(StandardCharsets.UTF_8)), xml);
    }
    assertEquals(new ReplyScan.Root("rpc-reply", "1"),
        ReplyScan.root(("<!-- hi --><rpc-reply " + NS + " message-id=\"&#49;\"/>").getBytes(StandardCharsets.UTF_8)));
    assertThrows(NetconfException.class, () -> ReplyScan.root(
        ("<!DOCTYPE rpc-reply [<!ENTITY x \"y\">]><rpc-reply " + NS + " message-id=\"1\"/>").getBytes(StandardCharsets.UTF_8)));
    assertThrows(NetconfException.class, () -> ReplyScan.root("garbage".getBytes(StandardCharsets.UTF_8)));
  }

  private static ReplyScan.Root streamRoot(byte[] bytes) throws NetconfException {
    return ReplyScan.streamRoot(bytes);
  }
}
