package org.ccpe.diagnostics;

import jakarta.ejb.ApplicationException;

/**
 * The router could not be asked, or answered something we cannot trust. The message is meant
 * for the person who asked (a customer reads it in the portal): what went wrong, not a stack.
 */
@ApplicationException(rollback = true)
public class RouterReplyException extends RuntimeException {
  public RouterReplyException(String message) {
    super(message);
  }

  public RouterReplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
