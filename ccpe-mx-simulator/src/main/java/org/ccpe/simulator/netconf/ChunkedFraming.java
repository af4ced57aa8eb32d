package org.ccpe.simulator.netconf;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** base:1.1 framing: {@code \n#<size>\n<bytes>} chunks, ended by {@code \n##\n}. */
final class ChunkedFraming implements Framing {

    @Override
    public String read(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream(1024);
        boolean first = true;
        while (true) {
            int lf = in.read();
            if (lf < 0 && first) {
                return null;
            }
            first = false;
            expect(lf, '\n');
            expect(in.read(), '#');
            int c = in.read();
            if (c == '#') {
                expect(in.read(), '\n');
                return message.toString(StandardCharsets.UTF_8);
            }
            long size = chunkSize(in, c);
            if (message.size() + size > MAX_MESSAGE_BYTES) {
                throw new IOException("message larger than " + MAX_MESSAGE_BYTES + " bytes");
            }
            byte[] chunk = in.readNBytes((int) size);
            if (chunk.length < size) {
                throw new EOFException("stream ended inside a chunk");
            }
            message.write(chunk);
        }
    }

    private static long chunkSize(InputStream in, int firstDigit) throws IOException {
        if (firstDigit < '1' || firstDigit > '9') {
            throw new IOException("bad chunk header");
        }
        long size = firstDigit - '0';
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < '0' || c > '9' || size > Integer.MAX_VALUE) {
                throw new IOException(c < 0 ? "stream ended inside a chunk header" : "bad chunk header");
            }
            size = size * 10 + (c - '0');
        }
        return size;
    }

    private static void expect(int actual, char expected) throws IOException {
        if (actual < 0) {
            throw new EOFException("stream ended inside a chunk header");
        }
        if (actual != expected) {
            throw new IOException("bad chunk framing: expected '" + expected + "', got '" + (char) actual + "'");
        }
    }

    @Override
    public void write(OutputStream out, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        out.write(("\n#" + bytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\n##\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
