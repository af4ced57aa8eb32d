package org.ccpe.idempotency;

/** The answer a request under an idempotency key gave, to be replayed to its retries. */
public record StoredAnswer(int status, String contentType, String location, String body) {}
