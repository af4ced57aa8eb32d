package org.ccpe.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import org.ccpe.access.tokens.ApiTokenService;

/**
 * Limits each caller's request rate: per API token and per user (HTTP Basic), each with its own
 * system properties, read at deployment: {@code ccpe.api.rate-limit.token.per-second} / {@code
 * .token.burst} (default 100 / 200) and {@code ccpe.api.rate-limit.per-second} / {@code .burst}
 * (default 100 / 200); a rate of 0 switches the limit off. Over the limit: 429 with {@code
 * Retry-After} (whole seconds) and a problem+json body, before anything else runs.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class RateLimitFilter implements ContainerRequestFilter {
  private final RateLimiter tokens = limiter("ccpe.api.rate-limit.token.");
  private final RateLimiter users = limiter("ccpe.api.rate-limit.");

  @Override
  public void filter(ContainerRequestContext request) {
    Principal caller = request.getSecurityContext().getUserPrincipal();
    if (caller == null) {
      return;
    }
    String name = caller.getName();
    RateLimiter limiter = name.startsWith(ApiTokenService.PRINCIPAL_PREFIX) ? tokens : users;
    long waitNanos = limiter.take(name, System.nanoTime());
    if (waitNanos > 0) {
      long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
      Response tooMany = Problems.problem(429, "rate-limited", "Too many requests",
          "this caller's request rate is limited; retry after " + seconds + " s", List.of());
      request.abortWith(Response.fromResponse(tooMany).header("Retry-After", Long.toString(seconds)).build());
    }
  }

  private static RateLimiter limiter(String prefix) {
    return new RateLimiter(number(prefix + "per-second", 100), number(prefix + "burst", 200));
  }

  private static double number(String property, double fallback) {
    String value = System.getProperty(property);
    try {
      return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
