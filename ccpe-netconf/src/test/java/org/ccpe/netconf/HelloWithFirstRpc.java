package org.ccpe.netconf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A transport that holds the client's hello back and sends it in one write with the first rpc,
 * as a loaded machine may deliver them to the server: the condition under which yuma123 netconfd
 * drops that rpc, made to happen every time.
 */
final class HelloWithFirstRpc implements Transport {
  private final Transport inner;
  private final ByteArrayOutputStream held = new ByteArrayOutputStream();
  private int flushes;

  HelloWithFirstRpc(Transport inner) {
    this.inner = inner;
  }

  @Override
  public InputStream input() {
    return inner.input();
  }

  @Override
  public void start(Receiver receiver) {
    inner.start(receiver);
  }

  @Override
  public OutputStream output() {
    return new OutputStream() {
      @Override
      public void write(int b) {
        held.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        held.write(bytes, offset, length);
      }

      @Override
      public void flush() throws IOException {
        if (++flushes == 1) {
          return; // the hello: wait for the first rpc
        }
        inner.output().write(held.toByteArray());
        inner.output().flush();
        held.reset();
      }
    };
  }

  @Override
  public String peer() {
    return inner.peer();
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }
}
