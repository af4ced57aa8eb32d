package org.ccpe.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.ccpe.access.AuthenticatedUser;
import org.ccpe.access.LoginOutcome;
import org.ccpe.access.UserService;
import org.ccpe.access.tokens.ApiTokenService;
import org.ccpe.access.tokens.TokenCheck;

/**
 * One authentication mechanism for the whole application, because Jakarta Security allows one:
 *
 * <ul>
 *   <li>{@code /api/**}: an API token ({@code Authorization: Bearer}) or HTTP Basic on every
 *       request, no session (an OSS client is stateless);
 *   <li>pages: the login page's form calls {@code SecurityContext.authenticate}; on success the
 *       session id is changed (no session fixation) and the user kept in the session;
 *   <li>a protected page without a session user redirects to the login page.
 * </ul>
 */
@ApplicationScoped
public class LoginMechanism implements HttpAuthenticationMechanism {
  public static final String SESSION_USER = "ccpe.user";
  static final String REALM = "ccpe-selfcare";

  @EJB private UserService users;
  @EJB private ApiTokenService tokens;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      String header = request.getHeader("Authorization");
      return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
          ? bearer(header.substring(7).strip(), response, context)
          : basic(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return formLogin(request, context, form);
    }
    HttpSession session = request.getSession(false);
    AuthenticatedUser user = session == null ? null : (AuthenticatedUser) session.getAttribute(SESSION_USER);
    if (user != null) {
      return loggedIn(context, user);
    }
    if (context.isProtected()) {
      return context.redirect(request.getContextPath() + "/login.xhtml");
    }
    return context.doNothing();
  }

  private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      if (!context.isProtected()) {
        return context.doNothing();
      }
      return challenge(response, context);
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response, context);
    }
    LoginOutcome outcome = users.login(decoded.substring(0, colon), decoded.substring(colon + 1),
        request.getRemoteAddr(), false);
    if (outcome instanceof LoginOutcome.Success success) {
      return loggedIn(context, success.user());
    }
    if (outcome instanceof LoginOutcome.Throttled) {
      response.setHeader("Retry-After", "60");
    }
    return challenge(response, context);
  }

  /**
   * An OSS account's API token. A bad, expired or revoked token gets 401 with an RFC 6750
   * challenge saying why ({@code error="invalid_token"}), so the OSS knows to get a new token
   * rather than retry.
   */
  private AuthenticationStatus bearer(String token, HttpServletResponse response, HttpMessageContext context) {
    TokenCheck check = tokens.authenticate(token);
    if (check instanceof TokenCheck.Valid valid) {
      return loggedIn(context, valid.user());
    }
    String reason = ((TokenCheck.Invalid) check).reason();
    response.setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\""
        + reason + "\"");
    return context.responseUnauthorized();
  }

  private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
      UsernamePasswordCredential form) {
    LoginOutcome outcome = users.login(form.getCaller(), form.getPasswordAsString(),
        request.getRemoteAddr(), true);
    if (!(outcome instanceof LoginOutcome.Success success)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    request.getSession(true).setAttribute(SESSION_USER, success.user());
    return loggedIn(context, success.user());
  }

  private static AuthenticationStatus loggedIn(HttpMessageContext context, AuthenticatedUser user) {
    return context.notifyContainerAboutLogin(user.username(), Set.of(user.role().roleName()));
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response,
      HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
