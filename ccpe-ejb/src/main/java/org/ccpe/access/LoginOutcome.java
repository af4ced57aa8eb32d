package org.ccpe.access;

/** The answer to a login attempt. Callers show "invalid" and "locked" alike to the person. */
public sealed interface LoginOutcome {
  record Success(AuthenticatedUser user) implements LoginOutcome {}

  /** Wrong name or password, or a disabled account. */
  record Invalid() implements LoginOutcome {}

  /** Too many failures: from this account, or from this address. */
  record Throttled() implements LoginOutcome {}
}
