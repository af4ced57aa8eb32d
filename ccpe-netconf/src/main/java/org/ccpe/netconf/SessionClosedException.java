package org.ccpe.netconf;

/** The session ended (closed by us, by the server, or by a transport failure) before the reply came. */
public class SessionClosedException extends NetconfException {
  private static final long serialVersionUID = 1L;

  public SessionClosedException(String message, Throwable cause) {
    super(message, cause);
  }
}
