package org.ccpe.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.ccpe.access.AuthenticatedUser;
import org.ccpe.access.Role;
import org.ccpe.web.security.LoginMechanism;

/** Who is using the console or the portal: shown in the header; read-only users get no change buttons. */
@Named
@RequestScoped
public class ConsoleUser {
  @Inject private HttpServletRequest request;

  private AuthenticatedUser user() {
    HttpSession session = request.getSession(false);
    return session == null ? null : (AuthenticatedUser) session.getAttribute(LoginMechanism.SESSION_USER);
  }

  public String getName() {
    AuthenticatedUser user = user();
    return user == null ? "" : user.username();
  }

  public String getRole() {
    AuthenticatedUser user = user();
    return user == null ? "" : user.role().roleName();
  }

  /** Whether the user may change the inventory (the services check again). */
  public boolean isMayChange() {
    AuthenticatedUser user = user();
    return user != null && (user.role() == Role.PROVIDER_ADMIN || user.role() == Role.PROVIDER_OPERATOR);
  }

  /** Whether the user administers the application (users, API tokens). */
  public boolean isAdmin() {
    AuthenticatedUser user = user();
    return user != null && user.role() == Role.PROVIDER_ADMIN;
  }
}
