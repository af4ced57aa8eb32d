package org.ccpe.netconf;

import java.time.Duration;

/**
 * No reply came within the call's timeout. The session stays open; a reply that arrives later is
 * dropped.
 */
public class ReplyTimeoutException extends NetconfException {
  private static final long serialVersionUID = 1L;

  public ReplyTimeoutException(String operation, Duration timeout) {
    super("no reply to " + operation + " within " + timeout.toMillis() + " ms");
  }
}
