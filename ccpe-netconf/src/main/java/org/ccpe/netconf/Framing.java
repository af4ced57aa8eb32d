package org.ccpe.netconf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How NETCONF messages are delimited on the SSH channel (RFC 6242). The {@code <hello>} is always
 * sent with the end-of-message marker; chunked framing is used afterwards only when both peers
 * advertised {@code urn:ietf:params:netconf:base:1.1}.
 */
public enum Framing {
  /** base:1.0: each message ends with {@code ]]>]]>}. */
  END_OF_MESSAGE {
    @Override
    void write(OutputStream out, byte[] message) throws IOException {
      byte[] framed = Arrays.copyOf(message, message.length + EOM_MARKER.length);
      System.arraycopy(EOM_MARKER, 0, framed, message.length, EOM_MARKER.length);
      out.write(framed);
      out.flush();
    }
  },
  /** base:1.1: {@code \n#<size>\n<bytes>} chunks, closed by {@code \n##\n}. */
  CHUNKED {
    @Override
    void write(OutputStream out, byte[] message) throws IOException {
      byte[] header = message.length > 0 ? ("\n#" + message.length + "\n").getBytes(StandardCharsets.US_ASCII) : new byte[0];
      byte[] framed = new byte[header.length + message.length + END_OF_CHUNKS.length];
      System.arraycopy(header, 0, framed, 0, header.length);
      System.arraycopy(message, 0, framed, header.length, message.length);
      System.arraycopy(END_OF_CHUNKS, 0, framed, header.length + message.length, END_OF_CHUNKS.length);
      out.write(framed);
      out.flush();
    }
  };

  static final byte[] EOM_MARKER = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_OF_CHUNKS = "\n##\n".getBytes(StandardCharsets.US_ASCII);

  /** Writes one whole message, framed, in one write (one SSH packet when it fits), and flushes it. */
  abstract void write(OutputStream out, byte[] message) throws IOException;
}
