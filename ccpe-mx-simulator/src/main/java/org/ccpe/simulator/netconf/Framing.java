package org.ccpe.simulator.netconf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * RFC 6242 message framing: {@code ]]>]]>} end-of-message for base:1.0 (and for every hello),
 * chunks for base:1.1. Messages larger than {@link #MAX_MESSAGE_BYTES} are refused with an
 * {@link IOException}, so a misbehaving client cannot exhaust memory.
 */
public interface Framing {

    int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    Framing END_OF_MESSAGE = new EndOfMessageFraming();
    Framing CHUNKED = new ChunkedFraming();

    /** The next message, or null when the stream ended cleanly between messages. */
    String read(InputStream in) throws IOException;

    void write(OutputStream out, String message) throws IOException;
}
