package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.ccpe.access.tokens.ApiToken;
import org.ccpe.access.tokens.ApiTokenService;
import org.ccpe.access.tokens.ApiTokenSpec;
import org.ccpe.access.tokens.NewApiToken;

/**
 * The API Tokens task (provider administrators): the OSS accounts' Bearer tokens, a form to create
 * one (its value is shown once, on this page, right after), and Revoke per token.
 */
@Named
@ViewScoped
public class ApiTokensPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "tokenForm";

  @EJB private ApiTokenService tokens;

  private final PagedModel<ApiToken> model = new PagedModel<>(page -> tokens.list(null, page), ApiToken::getId);
  private String name;
  private String role = "provider-operator";
  private Date expiresAt = Date.from(Instant.now().plus(365, ChronoUnit.DAYS));
  private String description;
  private String createdName;
  private String createdSecret;

  public void create() {
    NewApiToken[] created = new NewApiToken[1];
    String expiry = expiresAt == null ? null : expiresAt.toInstant().toString();
    if (FieldMessages.attempt(FORM, () -> created[0] = tokens.create(new ApiTokenSpec(name, role, expiry, description)))) {
      createdName = created[0].token().getName();
      createdSecret = created[0].secret();
      name = null;
      description = null;
    }
  }

  public void revoke(ApiToken token) {
    FieldMessages.attempt(FORM, () -> tokens.revoke(token.getId()));
  }

  public String state(ApiToken token) {
    return token.state(Instant.now());
  }

  public List<String> getRoles() {
    return List.of("provider-admin", "provider-operator", "provider-readonly");
  }

  public PagedModel<ApiToken> getModel() {
    return model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public Date getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(Date expiresAt) {
    this.expiresAt = expiresAt;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getCreatedName() {
    return createdName;
  }

  /** The new token's value, shown once: gone when the page is left. */
  public String getCreatedSecret() {
    return createdSecret;
  }
}
