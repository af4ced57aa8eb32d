package org.ccpe.idempotency;

/** What to do with a request under an idempotency key. */
public sealed interface Claim {
  /** The key is new (or abandoned): run the request, then {@code complete} or {@code release}. */
  record Run() implements Claim {}

  /** The key was used with another request body (or another method and path). */
  record Mismatch() implements Claim {}

  /** A request under the key is running right now; ask again shortly. */
  record Running() implements Claim {}

  /** The key's request has finished: replay its answer. */
  record Replay(StoredAnswer answer) implements Claim {}
}
