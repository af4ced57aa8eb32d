package org.ccpe.netconf;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads framed NETCONF messages from a byte stream, one at a time, never holding more than the
 * configured maximum of one message in memory. Not thread-safe: one reader thread per session.
 */
final class MessageReader {
  private static final int MAX_CHUNK_HEADER_DIGITS = 10; // chunk-size is at most 4294967295

  private final InputStream in;
  private final int maxMessageSize;
  private final byte[] buffer = new byte[16 * 1024];
  private int position;
  private int limit;
  private byte[] message = new byte[4096];
  private int length;

  MessageReader(InputStream in, int maxMessageSize) {
    this.in = in;
    this.maxMessageSize = maxMessageSize;
  }

  /**
   * Returns the next message without its framing, or {@code null} when the stream ended cleanly
   * between two messages.
   *
   * @throws ReplyTooLargeException past the maximum message size; the stream is then unusable
   * @throws IOException on a broken frame or a stream that ends inside a message
   */
  byte[] read(Framing framing) throws IOException, ReplyTooLargeException {
    length = 0;
    if (!fill()) {
      return null;
    }
    return framing == Framing.CHUNKED ? readChunked() : readUntilMarker();
  }

  private byte[] readUntilMarker() throws IOException, ReplyTooLargeException {
    byte[] marker = Framing.EOM_MARKER;
    int matched = 0;
    while (true) {
      if (!fill()) {
        throw new EOFException("stream ended inside a message (no ]]>]]> marker)");
      }
      int start = position;
      while (position < limit) {
        byte b = buffer[position++];
        matched = nextMatch(matched, b);
        if (matched == marker.length) {
          append(buffer, start, position - start);
          length -= marker.length;
          if (length > maxMessageSize) {
            throw tooLarge();
          }
          return Arrays.copyOf(message, length);
        }
      }
      append(buffer, start, position - start);
    }
  }

  /** Matching state of the marker {@code ]]>]]>} after byte {@code b} (a tiny KMP automaton). */
  private static int nextMatch(int matched, byte b) {
    byte[] marker = Framing.EOM_MARKER;
    if (b == marker[matched]) {
      return matched + 1;
    }
    // on a mismatch the only prefixes that can still match are "]" and "]]"
    if (b == ']') {
      return matched >= 2 && matched != 3 ? 2 : 1;
    }
    return 0;
  }

  private byte[] readChunked() throws IOException, ReplyTooLargeException {
    while (true) {
      expect('\n');
      expect('#');
      int first = next();
      if (first == '#') {
        expect('\n');
        if (length == 0) {
          throw new IOException("chunked message without any chunk");
        }
        return Arrays.copyOf(message, length);
      }
      long size = chunkSize(first);
      if (length + size > maxMessageSize) {
        throw tooLarge();
      }
      copy((int) size);
    }
  }

  private long chunkSize(int first) throws IOException {
    if (first < '1' || first > '9') {
      throw new IOException("bad chunk header: size must start with 1-9, got " + describe(first));
    }
    long size = first - '0';
    for (int digits = 1; ; digits++) {
      int c = next();
      if (c == '\n') {
        return size;
      }
      if (c < '0' || c > '9' || digits == MAX_CHUNK_HEADER_DIGITS) {
        throw new IOException("bad chunk header: unexpected " + describe(c));
      }
      size = size * 10 + (c - '0');
    }
  }

  private void copy(int count) throws IOException, ReplyTooLargeException {
    int remaining = count;
    while (remaining > 0) {
      if (!fill()) {
        throw new EOFException("stream ended inside a chunk");
      }
      int n = Math.min(remaining, limit - position);
      append(buffer, position, n);
      position += n;
      remaining -= n;
    }
  }

  private void expect(char expected) throws IOException {
    int c = next();
    if (c != expected) {
      throw new IOException("bad chunk framing: expected " + describe(expected) + ", got " + describe(c));
    }
  }

  private int next() throws IOException {
    if (!fill()) {
      throw new EOFException("stream ended inside a chunk header");
    }
    return buffer[position++] & 0xff;
  }

  private boolean fill() throws IOException {
    if (position < limit) {
      return true;
    }
    int n = in.read(buffer);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private void append(byte[] source, int offset, int count) throws ReplyTooLargeException {
    // the EOM marker itself may sit on top of a message of exactly the maximum size
    if (length + count > maxMessageSize + Framing.EOM_MARKER.length) {
      throw tooLarge();
    }
    if (length + count > message.length) {
      message = Arrays.copyOf(message, Math.max(length + count, Math.min(message.length * 2, maxMessageSize + 8)));
    }
    System.arraycopy(source, offset, message, length, count);
    length += count;
  }

  private ReplyTooLargeException tooLarge() {
    return new ReplyTooLargeException(maxMessageSize);
  }

  private static String describe(int c) {
    return c == '\n' ? "'\\n'" : c >= 32 && c < 127 ? "'" + (char) c + "'" : "byte " + c;
  }
}
