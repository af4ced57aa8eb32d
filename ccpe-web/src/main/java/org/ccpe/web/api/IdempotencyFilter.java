package org.ccpe.web.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.ccpe.common.FieldError;
import org.ccpe.idempotency.Claim;
import org.ccpe.idempotency.IdempotentRequests;
import org.ccpe.idempotency.StoredAnswer;

/**
 * {@code Idempotency-Key} for every POST of the API, in one place. Before the resource runs, the
 * key is claimed for the caller with a fingerprint of method, path, query, content type and body:
 * a new key runs the request; the same key and fingerprint replays the stored answer (status,
 * body, Location, with {@code Idempotent-Replayed: true}); the same key with another fingerprint
 * is 422 on the field {@code Idempotency-Key}; a concurrent duplicate waits for the first and then
 * replays it. After the resource, the answer is stored (a 5xx is not: the key is released so the
 * retry runs). Keys are per caller (user or token) and kept 24 hours.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
  public static final String HEADER = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";
  private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
  private static final long WAIT_MS = 30_000;

  @EJB private IdempotentRequests requests;
  @Context private ResourceInfo resource;

  private record Claimed(String caller, String key) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(HEADER);
    if (key == null || !"POST".equals(request.getMethod()) || ownKey()
        || request.getSecurityContext().getUserPrincipal() == null) {
      return;
    }
    if (key.isBlank() || key.length() > IdempotentRequests.MAX_KEY_LENGTH
        || key.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      request.abortWith(Problems.problem(422, "invalid", "Invalid input", "One or more fields are invalid",
          List.of(new FieldError(HEADER, "must be 1 to " + IdempotentRequests.MAX_KEY_LENGTH + " printable ASCII characters"))));
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String caller = request.getSecurityContext().getUserPrincipal().getName();
    String fingerprint = fingerprint(request, body);
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (true) {
      Claim claim = requests.claim(caller, key, fingerprint);
      if (claim instanceof Claim.Run) {
        request.setProperty(CLAIMED, new Claimed(caller, key));
        return;
      }
      if (claim instanceof Claim.Mismatch) {
        request.abortWith(Problems.problem(422, "invalid", "Invalid input", "One or more fields are invalid",
            List.of(new FieldError(HEADER, "was used for a different request; use a new key for a new request"))));
        return;
      }
      if (claim instanceof Claim.Replay replay) {
        request.abortWith(replay(replay.answer()));
        return;
      }
      if (System.currentTimeMillis() > deadline) {
        request.abortWith(Problems.problem(409, "conflict", "Conflict",
            "a request with this Idempotency-Key is still running; retry later", List.of()));
        return;
      }
      pause();
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
      return;
    }
    if (response.getStatus() >= 500) {
      requests.release(claimed.caller(), claimed.key());
    } else if (!response.hasEntity()) {
      requests.complete(claimed.caller(), claimed.key(), answer(response, null));
    } else {
      // the body is only known once written: the writer interceptor below completes the record
      request.setProperty(CLAIMED + ".response", answer(response, null));
    }
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(CLAIMED) instanceof Claimed claimed)
        || !(context.getProperty(CLAIMED + ".response") instanceof StoredAnswer head)) {
      context.proceed();
      return;
    }
    OutputStream out = context.getOutputStream();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    context.setOutputStream(new TeeStream(out, copy));
    context.proceed();
    requests.complete(claimed.caller(), claimed.key(), new StoredAnswer(head.status(), head.contentType(),
        head.location(), copy.toString(StandardCharsets.UTF_8)));
  }

  private boolean ownKey() {
    return resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(OwnIdempotencyKey.class)
            || resource.getResourceClass().isAnnotationPresent(OwnIdempotencyKey.class));
  }

  private static StoredAnswer answer(ContainerResponseContext response, String body) {
    return new StoredAnswer(response.getStatus(),
        response.getMediaType() == null ? null : response.getMediaType().toString(),
        response.getLocation() == null ? null : response.getLocation().toString(), body);
  }

  private static Response replay(StoredAnswer answer) {
    Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
    if (answer.body() != null) {
      replay.entity(answer.body().getBytes(StandardCharsets.UTF_8));
    }
    if (answer.contentType() != null) {
      replay.header(HttpHeaders.CONTENT_TYPE, answer.contentType());
    }
    if (answer.location() != null) {
      replay.header(HttpHeaders.LOCATION, answer.location());
    }
    return replay.build();
  }

  private static String fingerprint(ContainerRequestContext request, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String head = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
          + request.getUriInfo().getRequestUri().getRawQuery() + "\n" + request.getMediaType() + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes to the client and keeps a copy for the record. */
  private static final class TeeStream extends OutputStream {
    private final OutputStream out;
    private final ByteArrayOutputStream copy;

    TeeStream(OutputStream out, ByteArrayOutputStream copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      copy.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      copy.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
