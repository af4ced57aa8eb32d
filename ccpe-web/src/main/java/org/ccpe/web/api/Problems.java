package org.ccpe.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FieldError;
import org.ccpe.common.ForbiddenException;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.diagnostics.RouterReplyException;

/**
 * Turns every failure into one problem+json answer, so an OSS client handles errors one way: 400
 * unreadable body, 403 role, 404 missing, 409 conflict, 412 stale version, 413 body too large,
 * 422 invalid fields, 502 a router that cannot be asked, 500 our fault (logged, with no internals
 * in the answer).
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {
  public static final String MEDIA_TYPE = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof ValidationFailedException e) {
      return problem(422, "invalid", "Invalid input", "One or more fields are invalid", e.errors());
    }
    if (cause instanceof ConflictException e) {
      return problem(409, "conflict", "Conflict", e.getMessage(), e.errors());
    }
    if (cause instanceof NotFoundException e) {
      return problem(404, "not-found", "Not found", e.getMessage(), List.of());
    }
    if (cause instanceof StaleVersionException e) {
      return problem(412, "stale-version", "Precondition failed", e.getMessage(), List.of());
    }
    if (cause instanceof OptimisticLockException) {
      return problem(412, "stale-version", "Precondition failed",
          "the resource was changed by someone else meanwhile; read it again", List.of());
    }
    if (cause instanceof ForbiddenException e) {
      return problem(403, "forbidden", "Forbidden", e.getMessage(), List.of());
    }
    if (cause instanceof EJBAccessException) {
      return problem(403, "forbidden", "Forbidden", "your role does not allow this", List.of());
    }
    if (cause instanceof RouterReplyException e) {
      return problem(502, "router", "Bad gateway", e.getMessage(), List.of());
    }
    if (cause instanceof BodyTooLargeException e) {
      return problem(413, "too-large", "Payload too large", e.getMessage(), List.of());
    }
    if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException
        || thrown instanceof ProcessingException) {
      return problem(400, "malformed", "Malformed request body",
          "the body is not valid JSON of the expected shape: " + firstLine(cause.getMessage()), List.of());
    }
    if (thrown instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return problem(status, "http-" + status, e.getResponse().getStatusInfo().getReasonPhrase(),
          firstLine(e.getMessage()), List.of());
    }
    if (isUniqueViolation(cause)) {
      return problem(409, "conflict", "Conflict",
          "the change clashes with data stored meanwhile (a unique name or key); retry", List.of());
    }
    LOG.log(Level.SEVERE, "Unexpected failure serving an API request", thrown);
    return problem(500, "internal", "Internal error", "an unexpected error occurred; it was logged", List.of());
  }

  public static Response problem(int status, String type, String title, String detail, List<FieldError> errors) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(new ProblemJson("/api/v1/problems/" + type, title, status, detail, errors))
        .build();
  }

  /** The exception a service threw, out of the EJB and JAX-RS wrappers around it. */
  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    for (int depth = 0; depth < 10 && current.getCause() != null && current.getCause() != current; depth++) {
      if (current instanceof ValidationFailedException || current instanceof ConflictException
          || current instanceof NotFoundException || current instanceof StaleVersionException
          || current instanceof ForbiddenException
          || current instanceof EJBAccessException || current instanceof BodyTooLargeException
          || current instanceof OptimisticLockException) {
        return current;
      }
      if (!(current instanceof EJBException || current instanceof ProcessingException
          || current instanceof jakarta.persistence.PersistenceException
          || current instanceof jakarta.transaction.RollbackException
          || current.getClass().getName().startsWith("org.hibernate")
          || current instanceof java.io.IOException
          || current instanceof JsonbException)) {
        return current;
      }
      current = current.getCause();
    }
    return current;
  }

  private static boolean isUniqueViolation(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
