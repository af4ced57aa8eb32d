package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.access.AppUser;

/** A user as the API shows it: never the password or its hash. */
public record UserJson(long id, long version, String username, String role, Long customerId,
    boolean enabled, boolean locked, Instant lastLoginAt) {

  static UserJson of(AppUser u) {
    return new UserJson(u.getId(), u.getVersion(), u.getUsername(), u.getRole().roleName(),
        u.getCustomer() == null ? null : u.getCustomer().getId(), u.isEnabled(),
        u.isLocked(Instant.now()), u.getLastLoginAt());
  }
}
