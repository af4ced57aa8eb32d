package org.ccpe.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ccpe.access.Roles;

/**
 * The login form, shared by the console and the portal: after login, provider users land in the
 * console and customer users in the portal.
 */
@Named
@RequestScoped
public class LoginPage {
  @Inject private SecurityContext security;
  @Inject private FacesContext faces;

  private String username;
  private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams()
            .credential(new UsernamePasswordCredential(username == null ? "" : username, password == null ? "" : password))
            .newAuthentication(true));
    password = null;
    if (status == AuthenticationStatus.SUCCESS) {
      boolean customer = request.isUserInRole(Roles.CUSTOMER_ADMIN) || request.isUserInRole(Roles.CUSTOMER_MONITOR);
      external.redirect(external.getRequestContextPath() + (customer ? "/portal/index.xhtml" : "/console/index.xhtml"));
      faces.responseComplete();
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
          "Login failed", "Wrong user name or password, or too many attempts: wait a minute and retry."));
    }
  }

  public void logout() throws IOException, jakarta.servlet.ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
