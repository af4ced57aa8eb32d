package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageReaderTest {

  @Test
  void readsEndOfMessageFramedMessagesOneAfterAnother() throws Exception {
    MessageReader reader = reader("<a/>]]>]]><b/>]]>]]>", 1024);
    assertEquals("<a/>", text(reader.read(Framing.END_OF_MESSAGE)));
    assertEquals("<b/>", text(reader.read(Framing.END_OF_MESSAGE)));
    assertNull(reader.read(Framing.END_OF_MESSAGE), "clean end between messages");
  }

  @Test
  void findsTheMarkerWhenEveryByteArrivesAlone() throws Exception {
    MessageReader reader = new MessageReader(new Trickle(bytes("<x>]]]>]]</x>]]]>]]>")), 1024);
    assertEquals("<x>]]]>]]</x>]", text(reader.read(Framing.END_OF_MESSAGE)));
  }

  @Test
  void reassemblesChunksSplitAnywhere() throws Exception {
    String framed = "\n#5\n<rpc-\n#7\nreply/>\n##\n\n#3\n<b/\n#1\n>\n##\n";
    MessageReader reader = new MessageReader(new Trickle(bytes(framed)), 1024);
    assertEquals("<rpc-reply/>", text(reader.read(Framing.CHUNKED)));
    assertEquals("<b/>", text(reader.read(Framing.CHUNKED)));
    assertNull(reader.read(Framing.CHUNKED));
  }

  @Test
  void chunkedWriterAndReaderAgreeOnLargeMessages() throws Exception {
    byte[] message = bytes("<data>" + "x".repeat(100_000) + "</data>");
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    Framing.CHUNKED.write(wire, message);
    Framing.CHUNKED.write(wire, bytes("<ok/>"));
    MessageReader reader = new MessageReader(new ByteArrayInputStream(wire.toByteArray()), 200_000);
    assertArrayEquals(message, reader.read(Framing.CHUNKED));
    assertEquals("<ok/>", text(reader.read(Framing.CHUNKED)));
  }

  @Test
  void refusesAMessagePastTheMaximumInBothFramings() {
    String big = "y".repeat(2000);
    assertThrows(ReplyTooLargeException.class, () -> reader(big + "]]>]]>", 1024).read(Framing.END_OF_MESSAGE));
    assertThrows(ReplyTooLargeException.class,
        () -> reader("\n#1000\n" + big.substring(0, 1000) + "\n#1000\n" + big.substring(1000) + "\n##\n", 1024)
            .read(Framing.CHUNKED));
    assertThrows(ReplyTooLargeException.class,
        () -> reader("\n#4294967295\n", 1024).read(Framing.CHUNKED), "a huge chunk header is refused before reading it");
  }

  @Test
  void acceptsAMessageOfExactlyTheMaximum() throws Exception {
    String exact = "z".repeat(1024);
    assertEquals(exact, text(reader(exact + "]]>]]>", 1024).read(Framing.END_OF_MESSAGE)));
    assertEquals(exact, text(reader("\n#1024\n" + exact + "\n##\n", 1024).read(Framing.CHUNKED)));
  }

  @Test
  void rejectsBrokenChunkHeaders() {
    for (String broken : new String[] {"#5\nhello\n##\n", "\n#05\nhello\n##\n", "\n#x\n", "\n#12345678901\n", "\n##\n"}) {
      IOException e = assertThrows(IOException.class, () -> reader(broken, 1024).read(Framing.CHUNKED), broken);
      assertTrue(e.getMessage().contains("chunk"), e.getMessage());
    }
  }

  @Test
  void aStreamEndingInsideAMessageIsAnError() {
    assertThrows(EOFException.class, () -> reader("<rpc-reply>", 1024).read(Framing.END_OF_MESSAGE));
    assertThrows(EOFException.class, () -> reader("\n#10\nabc", 1024).read(Framing.CHUNKED));
  }

  private static MessageReader reader(String wire, int max) {
    return new MessageReader(new ByteArrayInputStream(bytes(wire)), max);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] message) {
    return new String(message, StandardCharsets.UTF_8);
  }

  /** Hands out one byte per read, as a slow network might. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream source;

    Trickle(byte[] bytes) {
      source = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return source.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return source.read(b, off, Math.min(1, len));
    }
  }
}
