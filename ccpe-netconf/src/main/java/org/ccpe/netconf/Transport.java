package org.ccpe.netconf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A byte pipe to a NETCONF server: the SSH {@code netconf} subsystem channel in production. */
interface Transport extends Closeable {
  /** The bytes from the server, for a transport read by a thread of its own (see {@link #start}). */
  InputStream input();

  OutputStream output();

  /** Where the pipe leads, for messages and thread names. */
  String peer();

  /**
   * Starts handing the bytes from the server to {@code receiver}, in order, one call at a time,
   * then {@link Receiver#ended} once. By default a daemon thread reads {@link #input()}; the SSH
   * transport instead pushes them from the SSH library's I/O thread as they arrive, so no thread
   * of ours stands between the network and the caller waiting for its reply.
   */
  default void start(Receiver receiver) {
    Thread thread = new Thread(() -> pump(input(), receiver), "netconf-reader " + peer());
    thread.setDaemon(true);
    thread.start();
  }

  /** Reads {@code in} to its end into {@code receiver}. */
  static void pump(InputStream in, Receiver receiver) {
    byte[] buffer = new byte[64 * 1024];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        receiver.received(buffer, 0, n);
      }
      receiver.ended(null);
    } catch (IOException e) {
      receiver.ended(e);
    }
  }

  /** Where a transport delivers what it receives. */
  interface Receiver {
    /** Bytes from the server; the array is reused after the call returns. */
    void received(byte[] bytes, int offset, int count);

    /** The stream ended: cleanly ({@code cause} null) or broken. */
    void ended(IOException cause);
  }
}
