package org.ccpe.access.tokens;

import org.ccpe.access.AuthenticatedUser;

/** What a presented Bearer token is worth. */
public sealed interface TokenCheck {
  record Valid(AuthenticatedUser user) implements TokenCheck {}

  /** @param reason for the {@code error_description} of the 401's {@code WWW-Authenticate} */
  record Invalid(String reason) implements TokenCheck {}
}
