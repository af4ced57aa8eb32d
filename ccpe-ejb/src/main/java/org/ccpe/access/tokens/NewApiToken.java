package org.ccpe.access.tokens;

/** A token just created, with its secret value: the only time anybody sees it. */
public record NewApiToken(ApiToken token, String secret) {}
