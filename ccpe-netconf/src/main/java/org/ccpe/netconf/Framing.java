package org.ccpe.netconf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

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
      out.write(message);
      out.write(EOM_MARKER);
      out.flush();
    }
  },
  /** base:1.1: {@code \n#<size>\n<bytes>} chunks, closed by {@code \n##\n}. */
  CHUNKED {
    @Override
    void write(OutputStream out, byte[] message) throws IOException {
      if (message.length > 0) {
        out.write(("\n#" + message.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(message);
      }
      out.write(END_OF_CHUNKS);
      out.flush();
    }
  };

  static final byte[] EOM_MARKER = "]]>]]>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END_OF_CHUNKS = "\n##\n".getBytes(StandardCharsets.US_ASCII);

  /** Writes one whole message, framed, and flushes it. */
  abstract void write(OutputStream out, byte[] message) throws IOException;
}
