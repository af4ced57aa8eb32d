package org.ccpe.importing;

import java.net.URI;

/**
 * Why the activation-director source gave us nothing usable: it could not be reached (or did not
 * answer in time), it answered with an HTTP error status, or its answer was not what the contract
 * says. Each says which request it was about.
 */
public abstract sealed class ActivationDirectorException extends Exception {
  private final URI request;

  private ActivationDirectorException(URI request, String message, Throwable cause) {
    super(message, cause);
    this.request = request;
  }

  /** The request that failed. */
  public URI request() {
    return request;
  }

  /** No connection, or no answer within the timeout. */
  public static final class Unreachable extends ActivationDirectorException {
    public Unreachable(URI request, String why, Throwable cause) {
      super(request, "activation director unreachable at " + request + ": " + why, cause);
    }
  }

  /** The source answered with an HTTP status other than 200, e.g. 401, 404 or 500. */
  public static final class HttpStatus extends ActivationDirectorException {
    private final int status;

    public HttpStatus(URI request, int status, String sourceMessage) {
      super(request, "activation director answered HTTP " + status + " to " + request
          + (sourceMessage == null ? "" : ": " + sourceMessage), null);
      this.status = status;
    }

    public int status() {
      return status;
    }

    public boolean notFound() {
      return status == 404;
    }
  }

  /** An answer that breaks the contract: not well-formed, wrong type, or a field missing or wrong. */
  public static final class MalformedAnswer extends ActivationDirectorException {
    private final String where;

    public MalformedAnswer(URI request, String where, String what, Throwable cause) {
      super(request, "malformed answer from activation director to " + request
          + (where == null || where.isEmpty() ? "" : " at " + where) + ": " + what, cause);
      this.where = where;
    }

    /** Where in the answer, e.g. {@code Customers/Customer[3]/Common/Identity}, or a line:column. */
    public String where() {
      return where;
    }
  }
}
