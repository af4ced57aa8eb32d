package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.access.tokens.ApiToken;

/**
 * An API token as the API shows it: never the token or its hash, except {@code token} in the
 * answer to its creation (the only time anyone sees it).
 *
 * @param state {@code active}, {@code expired} or {@code revoked}
 * @param tokenPrefix the token's first characters, to recognise it
 */
public record ApiTokenJson(long id, long version, String name, String role, String description, String tokenPrefix,
    String state, Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, String revokedBy,
    Instant lastUsedAt, String token) {

  static ApiTokenJson of(ApiToken t) {
    return withSecret(t, null);
  }

  static ApiTokenJson withSecret(ApiToken t, String secret) {
    return new ApiTokenJson(t.getId(), t.getVersion(), t.getName(), t.getRole().roleName(), t.getDescription(),
        t.getTokenPrefix(), t.state(Instant.now()), t.getExpiresAt(), t.getCreatedAt(), t.getCreatedBy(),
        t.getRevokedAt(), t.getRevokedBy(), t.getLastUsedAt(), secret);
  }
}
