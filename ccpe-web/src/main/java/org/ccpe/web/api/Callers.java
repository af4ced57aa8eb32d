package org.ccpe.web.api;

import jakarta.ws.rs.core.SecurityContext;
import org.ccpe.access.Roles;
import org.ccpe.common.ForbiddenException;

/**
 * Which face of a resource the caller gets: customer users see the customer slice (their own
 * data, without the provider's fields); provider users the whole inventory. The services decide
 * what each may reach; this only picks the shape of the answer.
 */
final class Callers {
  private Callers() {}

  static boolean isCustomer(SecurityContext security) {
    return security.isUserInRole(Roles.CUSTOMER_ADMIN) || security.isUserInRole(Roles.CUSTOMER_MONITOR);
  }

  /** Refuses customer users an endpoint that only the provider's staff and systems use. */
  static void requireProvider(SecurityContext security) {
    if (isCustomer(security)) {
      throw new ForbiddenException("this part of the API is the provider's");
    }
  }
}
