package org.ccpe.netconf;

/**
 * A message from the server exceeded the configured maximum size. The session is closed, since the
 * rest of that message can no longer be told apart from the next one.
 */
public class ReplyTooLargeException extends NetconfException {
  private static final long serialVersionUID = 1L;

  public ReplyTooLargeException(int maxBytes) {
    super("message from server exceeds the maximum reply size of " + maxBytes + " bytes");
  }
}
