package org.ccpe.netconf;

import java.io.IOException;
import java.util.Arrays;

/**
 * Decodes framed NETCONF messages from bytes pushed into it as they arrive, never holding more
 * than the configured maximum of one message. {@link #feed} stops at the end of each message, so
 * the framing of the next one can be switched in between (after the hello). Not thread-safe: one
 * receiving thread at a time.
 */
final class MessageDecoder {
  private static final int MAX_CHUNK_HEADER_DIGITS = 10; // chunk-size is at most 4294967295
  private static final int LF = 0;
  private static final int HASH = 1;
  private static final int FIRST = 2;
  private static final int SIZE = 3;
  private static final int DATA = 4;
  private static final int END_LF = 5;

  private final int maxMessageSize;
  private Framing framing = Framing.END_OF_MESSAGE;
  private byte[] message = new byte[16 * 1024];
  private int length;
  private byte[] complete;
  private int matched; // end-of-message marker bytes seen
  private int state = LF; // chunked framing
  private long size;
  private int digits;
  private long remaining;
  private boolean started;

  MessageDecoder(int maxMessageSize) {
    this.maxMessageSize = maxMessageSize;
  }

  /** The framing of the next message; change it only between messages. */
  void framing(Framing next) {
    framing = next;
  }

  /** True between two messages: an end of stream here is a clean one. */
  boolean idle() {
    return !started;
  }

  /**
   * Consumes bytes until the end of the current message at most.
   *
   * @return how many bytes were consumed; {@link #take()} then returns the message if it is complete
   * @throws ReplyTooLargeException past the maximum message size; the decoder is then unusable
   * @throws IOException on a broken frame
   */
  int feed(byte[] bytes, int offset, int count) throws IOException, ReplyTooLargeException {
    if (count > 0) {
      started = true;
    }
    return framing == Framing.CHUNKED ? feedChunked(bytes, offset, count) : feedUntilMarker(bytes, offset, count);
  }

  /** The message completed by the last {@link #feed}, once; null if none. */
  byte[] take() {
    byte[] done = complete;
    complete = null;
    return done;
  }

  private int feedUntilMarker(byte[] bytes, int offset, int count) throws ReplyTooLargeException {
    byte[] marker = Framing.EOM_MARKER;
    int end = offset + count;
    for (int i = offset; i < end; i++) {
      matched = nextMatch(matched, bytes[i]);
      if (matched == marker.length) {
        append(bytes, offset, i + 1 - offset);
        length -= marker.length;
        if (length > maxMessageSize) {
          throw tooLarge();
        }
        finish();
        return i + 1 - offset;
      }
    }
    append(bytes, offset, count);
    return count;
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

  private int feedChunked(byte[] bytes, int offset, int count) throws IOException, ReplyTooLargeException {
    int i = offset;
    int end = offset + count;
    while (i < end) {
      if (state == DATA) {
        int n = (int) Math.min(remaining, end - i);
        append(bytes, i, n);
        i += n;
        remaining -= n;
        if (remaining == 0) {
          state = LF;
        }
        continue;
      }
      int c = bytes[i++] & 0xff;
      switch (state) {
        case LF -> state = expect('\n', c, HASH);
        case HASH -> state = expect('#', c, FIRST);
        case FIRST -> {
          if (c == '#') {
            state = END_LF;
          } else if (c < '1' || c > '9') {
            throw new IOException("bad chunk header: size must start with 1-9, got " + describe(c));
          } else {
            size = c - '0';
            digits = 1;
            state = SIZE;
          }
        }
        case SIZE -> {
          if (c == '\n') {
            if (length + size > maxMessageSize) {
              throw tooLarge();
            }
            remaining = size;
            state = DATA;
          } else if (c < '0' || c > '9' || digits == MAX_CHUNK_HEADER_DIGITS) {
            throw new IOException("bad chunk header: unexpected " + describe(c));
          } else {
            size = size * 10 + (c - '0');
            digits++;
          }
        }
        case END_LF -> {
          expect('\n', c, LF);
          if (length == 0) {
            throw new IOException("chunked message without any chunk");
          }
          finish();
          return i - offset;
        }
        default -> throw new IllegalStateException("decoder state " + state);
      }
    }
    return count;
  }

  /** Why a stream that ended now ended inside a message. */
  String whereEnded() {
    if (framing == Framing.END_OF_MESSAGE) {
      return "stream ended inside a message (no ]]>]]> marker)";
    }
    return state == DATA ? "stream ended inside a chunk" : "stream ended inside a chunk header";
  }

  private void finish() {
    complete = Arrays.copyOf(message, length);
    length = 0;
    matched = 0;
    state = LF;
    started = false;
  }

  private static int expect(char expected, int c, int next) throws IOException {
    if (c != expected) {
      throw new IOException("bad chunk framing: expected " + describe(expected) + ", got " + describe(c));
    }
    return next;
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
