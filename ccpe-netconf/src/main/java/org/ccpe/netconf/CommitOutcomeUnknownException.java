package org.ccpe.netconf;

/**
 * A commit was sent but its reply never came (timeout or lost session). This is not a failure: a
 * router may well finish the commit after the client gave up, so the caller must find out (read
 * the running configuration or the commit history) before it retries or rolls back.
 */
public class CommitOutcomeUnknownException extends NetconfException {
  private static final long serialVersionUID = 1L;

  public CommitOutcomeUnknownException(String operation, Throwable cause) {
    super("outcome of " + operation + " unknown: " + cause.getMessage(), cause);
  }
}
