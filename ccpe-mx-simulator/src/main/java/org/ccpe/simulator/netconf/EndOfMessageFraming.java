package org.ccpe.simulator.netconf;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** base:1.0 framing: the message, then {@code ]]>]]>}. */
final class EndOfMessageFraming implements Framing {

    private static final byte[] DELIMITER = "]]>]]>".getBytes(StandardCharsets.US_ASCII);

    @Override
    public String read(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(1024);
        int matched = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (message.size() == 0 || message.toString(StandardCharsets.UTF_8).isBlank()) {
                    return null;
                }
                throw new EOFException("stream ended inside a message");
            }
            message.write(b);
            matched = b == DELIMITER[matched] ? matched + 1 : (b == DELIMITER[0] ? 1 : 0);
            if (matched == DELIMITER.length) {
                byte[] bytes = message.toByteArray();
                return new String(bytes, 0, bytes.length - DELIMITER.length, StandardCharsets.UTF_8);
            }
            if (message.size() > MAX_MESSAGE_BYTES) {
                throw new IOException("message larger than " + MAX_MESSAGE_BYTES + " bytes");
            }
        }
    }

    @Override
    public void write(OutputStream out, String message) throws IOException {
        out.write(message.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.write(DELIMITER);
        out.flush();
    }
}
