package org.ccpe.access.tokens;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.access.Role;
import org.ccpe.common.VersionedEntity;

/** A named Bearer token of an OSS account; only its hash is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken extends VersionedEntity {
  @Column(nullable = false, length = 64)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Role role;

  @Column(length = 500)
  private String description;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "token_prefix", nullable = false, length = 16)
  private String tokenPrefix;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "created_by", nullable = false, length = 160)
  private String createdBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 160)
  private String revokedBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  protected ApiToken() {}

  ApiToken(String name, Role role, String description, String tokenHash, String tokenPrefix, Instant expiresAt,
      String createdBy) {
    this.name = name;
    this.role = role;
    this.description = description;
    this.tokenHash = tokenHash;
    this.tokenPrefix = tokenPrefix;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
  }

  void revoke(String by, Instant at) {
    revokedAt = at;
    revokedBy = by;
  }

  /** {@code active}, {@code expired} or {@code revoked}. */
  public String state(Instant now) {
    if (revokedAt != null) {
      return "revoked";
    }
    return now.isBefore(expiresAt) ? "active" : "expired";
  }

  /** The principal name requests made with this token run as (the audit trail's actor). */
  public String principal() {
    return ApiTokenService.PRINCIPAL_PREFIX + name;
  }

  Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("role", role.roleName());
    view.put("description", description);
    view.put("tokenPrefix", tokenPrefix);
    view.put("expiresAt", expiresAt.toString());
    view.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
    return view;
  }

  public String getName() {
    return name;
  }

  public Role getRole() {
    return role;
  }

  public String getDescription() {
    return description;
  }

  public String getTokenPrefix() {
    return tokenPrefix;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  String getTokenHash() {
    return tokenHash;
  }
}
