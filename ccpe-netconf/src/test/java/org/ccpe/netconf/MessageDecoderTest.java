package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageDecoderTest {

  @Test
  void stopsAtTheEndOfTheHelloSoTheFramingCanSwitchInsideOneDelivery() throws Exception {
    byte[] wire = bytes("<hello/>]]>]]>\n#4\n<a/>\n##\n\n#4\n<b/>\n##\n");
    MessageDecoder decoder = new MessageDecoder(1024);
    int used = decoder.feed(wire, 0, wire.length);
    assertEquals("<hello/>", text(decoder.take()));
    assertEquals("<hello/>]]>]]>".length(), used);
    assertTrue(decoder.idle());
    decoder.framing(Framing.CHUNKED);
    List<String> messages = new ArrayList<>();
    for (int offset = used; offset < wire.length; ) {
      offset += decoder.feed(wire, offset, wire.length - offset);
      byte[] message = decoder.take();
      if (message != null) {
        messages.add(text(message));
      }
    }
    assertEquals(List.of("<a/>", "<b/>"), messages);
    assertNull(decoder.take(), "a message is taken once");
  }

  @Test
  void aMessageSplitOverManyDeliveriesIsNotIdleUntilItEnds() throws Exception {
    byte[] wire = bytes("\n#12\n<rpc-reply/>\n##\n");
    MessageDecoder decoder = new MessageDecoder(1024);
    decoder.framing(Framing.CHUNKED);
    for (int i = 0; i < wire.length - 1; i++) {
      assertEquals(1, decoder.feed(wire, i, 1));
      assertNull(decoder.take());
      assertTrue(!decoder.idle());
    }
    decoder.feed(wire, wire.length - 1, 1);
    assertEquals("<rpc-reply/>", text(decoder.take()));
    assertTrue(decoder.idle());
  }

  @Test
  void saysWhereAStreamEndedInsideAMessage() throws Exception {
    MessageDecoder chunked = new MessageDecoder(1024);
    chunked.framing(Framing.CHUNKED);
    chunked.feed(bytes("\n#10\nabc"), 0, 8);
    assertEquals("stream ended inside a chunk", chunked.whereEnded());
    MessageDecoder eom = new MessageDecoder(1024);
    eom.feed(bytes("<rpc-reply>"), 0, 11);
    assertTrue(eom.whereEnded().contains("]]>]]>"));
  }

  @Test
  void refusesAnOversizedChunkBeforeItsBytesArrive() {
    MessageDecoder decoder = new MessageDecoder(1024);
    decoder.framing(Framing.CHUNKED);
    byte[] header = bytes("\n#2000\n");
    assertThrows(ReplyTooLargeException.class, () -> decoder.feed(header, 0, header.length));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] message) {
    return new String(message, StandardCharsets.UTF_8);
  }
}
