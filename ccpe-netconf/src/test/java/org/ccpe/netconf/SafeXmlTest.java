package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {

  @Test
  void refusesExternalEntities(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret"), "top secret");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rpc-reply message-id=\"1\"><data>&x;</data></rpc-reply>";
    NetconfException e = assertThrows(NetconfException.class, () -> parse(xxe));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void refusesEntityExpansion() {
    StringBuilder laughs = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><rpc-reply>&l9;</rpc-reply>");
    assertThrows(NetconfException.class, () -> parse(laughs.toString()));
  }

  @Test
  void escapesTextAndAttributes() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", SafeXml.escape("a <b> & \"c\""));
    assertEquals("plain", SafeXml.escape("plain"));
  }

  private static void parse(String xml) throws NetconfException {
    SafeXml.parse(SafeXml.newParser(), xml.getBytes(StandardCharsets.UTF_8));
  }
}
