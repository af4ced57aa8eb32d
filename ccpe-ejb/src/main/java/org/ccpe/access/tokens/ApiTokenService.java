package org.ccpe.access.tokens;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.ccpe.access.AuthenticatedUser;
import org.ccpe.access.Role;
import org.ccpe.access.Roles;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.PlainName;
import org.ccpe.common.Violations;

/**
 * API tokens: provider administrators create, list and revoke them; every Bearer request is
 * checked by {@link #authenticate}. Tokens carry provider roles only (they are for the provider's
 * OSS, never for customers), so they need no tenant.
 */
@Stateless
public class ApiTokenService {
  static final String ENTITY = "api-token";
  /** Requests made with a token run as {@code token:<name>}: the audit trail tells them from people. */
  public static final String PRINCIPAL_PREFIX = "token:";
  static final int MAX_DAYS = 3 * 366;

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private KnownTokens known;

  /** Creates a token; its value is in the answer and nowhere else, ever. */
  @RolesAllowed(Roles.PROVIDER_ADMIN)
  public NewApiToken create(ApiTokenSpec spec) {
    Violations violations = new Violations();
    String name = violations.parse("name", spec.name(), PlainName::parse);
    Role role = violations.parse("role", spec.role(), ApiTokenService::providerRole);
    Instant expiresAt = violations.parse("expiresAt", spec.expiresAt(), ApiTokenService::expiry);
    String description = violations.optional("description", spec.description(), 500);
    violations.throwIfAny();
    if (name != null && !em.createQuery("select t.id from ApiToken t where t.name = :n", Long.class)
        .setParameter("n", name).getResultList().isEmpty()) {
      throw new ConflictException("name", "a token named '" + name + "' exists already");
    }
    String secret = TokenHash.newToken();
    ApiToken token = new ApiToken(name, role, description, TokenHash.of(secret), TokenHash.displayPrefix(secret),
        expiresAt, audit.currentActor());
    em.persist(token);
    audit.created(ENTITY, token.getId(), name, token.auditView());
    return new NewApiToken(token, secret);
  }

  @RolesAllowed(Roles.PROVIDER_ADMIN)
  public Page<ApiToken> list(String nameContains, PageRequest page) {
    return new FilteredQuery<>(em, ApiToken.class, "from ApiToken t")
        .whereContains("t.name", "name", nameContains)
        .orderBy("t.name")
        .page(page);
  }

  @RolesAllowed(Roles.PROVIDER_ADMIN)
  public ApiToken get(long id) {
    ApiToken token = em.find(ApiToken.class, id);
    if (token == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return token;
  }

  /** Revokes a token for good (the row stays, for the record); revoking twice changes nothing. */
  @RolesAllowed(Roles.PROVIDER_ADMIN)
  public ApiToken revoke(long id) {
    ApiToken token = get(id);
    if (token.getRevokedAt() == null) {
      var before = token.auditView();
      token.revoke(audit.currentActor(), Instant.now());
      audit.updated(ENTITY, token.getId(), token.getName(), before, token.auditView());
    }
    known.forget(token.getTokenHash());
    return token;
  }

  /**
   * Checks a presented Bearer token: the user it stands for, or why not. Records its last use (at
   * most once a minute per token, so polling does not turn every read into a write).
   */
  @PermitAll
  public TokenCheck authenticate(String presented) {
    if (presented == null || !presented.startsWith(TokenHash.PREFIX) || presented.length() > 100) {
      return new TokenCheck.Invalid("not a token of this server");
    }
    Instant now = Instant.now();
    String hash = TokenHash.of(presented);
    KnownTokens.Entry entry = known.fresh(hash, now);
    if (entry == null) {
      ApiToken token = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
          .setParameter("h", hash).getResultStream().findFirst().orElse(null);
      if (token == null) {
        return new TokenCheck.Invalid("unknown token");
      }
      entry = new KnownTokens.Entry(token.getId(), token.getName(), token.getRole(), token.getExpiresAt(),
          token.getRevokedAt(), now, token.getLastUsedAt());
    }
    if (entry.revokedAt() != null) {
      known.remember(hash, entry);
      return new TokenCheck.Invalid("the token was revoked");
    }
    if (!now.isBefore(entry.expiresAt())) {
      known.remember(hash, entry);
      return new TokenCheck.Invalid("the token expired");
    }
    if (entry.lastUsedWritten() == null || now.isAfter(entry.lastUsedWritten().plus(KnownTokens.LAST_USED_GRANULARITY))) {
      em.createQuery("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
          .setParameter("at", now).setParameter("id", entry.id()).executeUpdate();
      entry = entry.used(now);
    }
    known.remember(hash, entry);
    return new TokenCheck.Valid(new AuthenticatedUser(PRINCIPAL_PREFIX + entry.name(), entry.role(), null));
  }


  private static Role providerRole(String raw) {
    Role role = Role.fromName(raw == null ? "" : raw.strip());
    if (role.isCustomerRole()) {
      throw new IllegalArgumentException("must be a provider role: provider-admin, provider-operator or provider-readonly");
    }
    return role;
  }

  private static Instant expiry(String raw) {
    Instant at;
    try {
      at = Instant.parse(raw == null ? "" : raw.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
    }
    Instant now = Instant.now();
    if (!at.isAfter(now)) {
      throw new IllegalArgumentException("must be in the future");
    }
    if (at.isAfter(now.plus(Duration.ofDays(MAX_DAYS)))) {
      throw new IllegalArgumentException("must be at most " + MAX_DAYS + " days ahead");
    }
    return at;
  }
}
