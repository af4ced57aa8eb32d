package org.ccpe.bench.netconf;

/** A call whose reply did not come within its timeout: counted as a lost reply. */
final class LostReplyException extends Exception {
  private static final long serialVersionUID = 1L;

  LostReplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
