package org.ccpe.access.tokens;

/**
 * A token to create, as a provider administrator asks for it.
 *
 * @param role {@code provider-admin}, {@code provider-operator} or {@code provider-readonly}
 * @param expiresAt an ISO-8601 instant in the future, at most {@value ApiTokenService#MAX_DAYS} days ahead
 */
public record ApiTokenSpec(String name, String role, String expiresAt, String description) {}
