/**
 * API tokens: named Bearer credentials with a provider role and an expiry, for the provider's OSS
 * accounts. A token is shown once when created and stored only as its SHA-256; it can be revoked,
 * and its last use is recorded. Entry point: {@link org.ccpe.access.tokens.ApiTokenService}; the
 * web layer's login mechanism calls {@link org.ccpe.access.tokens.ApiTokenService#authenticate}.
 */
package org.ccpe.access.tokens;
