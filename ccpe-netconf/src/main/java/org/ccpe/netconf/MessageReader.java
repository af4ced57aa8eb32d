package org.ccpe.netconf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads framed NETCONF messages from a byte stream, one at a time, never holding more than the
 * configured maximum of one message in memory: a {@link MessageDecoder} fed by blocking reads.
 * Not thread-safe: one reader thread.
 */
final class MessageReader {
  private final InputStream in;
  private final MessageDecoder decoder;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;

  MessageReader(InputStream in, int maxMessageSize) {
    this.in = in;
    this.decoder = new MessageDecoder(maxMessageSize);
  }

  /**
   * Returns the next message without its framing, or {@code null} when the stream ended cleanly
   * between two messages.
   *
   * @throws ReplyTooLargeException past the maximum message size; the stream is then unusable
   * @throws IOException on a broken frame or a stream that ends inside a message
   */
  byte[] read(Framing framing) throws IOException, ReplyTooLargeException {
    decoder.framing(framing);
    while (true) {
      if (position == limit) {
        int n = in.read(buffer);
        if (n < 0) {
          if (decoder.idle()) {
            return null;
          }
          throw new EOFException(decoder.whereEnded());
        }
        position = 0;
        limit = n;
      }
      position += decoder.feed(buffer, position, limit - position);
      byte[] message = decoder.take();
      if (message != null) {
        return message;
      }
    }
  }
}
