package org.ccpe.netconf;

import java.io.Closeable;
import java.io.InputStream;
import java.io.OutputStream;

/** A byte pipe to a NETCONF server: the SSH {@code netconf} subsystem channel in production. */
interface Transport extends Closeable {
  InputStream input();

  OutputStream output();

  /** Where the pipe leads, for messages and thread names. */
  String peer();
}
