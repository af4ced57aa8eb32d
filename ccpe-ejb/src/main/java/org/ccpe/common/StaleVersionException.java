package org.ccpe.common;

import jakarta.ejb.ApplicationException;

/** The caller changed a version it read earlier, and somebody has changed it since. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {
  public StaleVersionException(String kind, Object id, long expected, long actual) {
    super(kind + " " + id + " is at version " + actual + ", not " + expected
        + ": it was changed meanwhile; read it again");
  }

  /** With a message of the caller's own, for data that is edited as a whole (the settings). */
  public StaleVersionException(String message) {
    super(message);
  }
}
