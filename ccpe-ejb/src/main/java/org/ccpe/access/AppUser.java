package org.ccpe.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.VersionedEntity;
import org.ccpe.inventory.Customer;

/**
 * A person or OSS account that logs in. Customer users belong to one customer and log in as
 * {@code user@customer}; provider users have no customer.
 *
 * <p>Repeated failed logins lock the account for a time that doubles with each further failure
 * (1 minute after 5 failures, up to 15 minutes), which stops password guessing without letting an
 * attacker lock an account out for good.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity implements CustomerOwned {
  static final int FAILURES_BEFORE_LOCK = 5;
  private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  @Column(nullable = false, unique = true, length = 160)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  protected AppUser() {}

  public AppUser(String username, Role role, Customer customer, String passwordHash) {
    this.username = username;
    this.role = role;
    this.customer = customer;
    this.passwordHash = passwordHash;
    this.passwordChangedAt = Instant.now();
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  void loginSucceeded(Instant now) {
    failedLogins = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  void loginFailed(Instant now) {
    failedLogins++;
    if (failedLogins >= FAILURES_BEFORE_LOCK) {
      long doublings = Math.min(failedLogins - FAILURES_BEFORE_LOCK, 10);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
  }

  void changePassword(String newHash) {
    passwordHash = newHash;
    passwordChangedAt = Instant.now();
    failedLogins = 0;
    lockedUntil = null;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  void setRole(Role role) {
    this.role = role;
  }

  String passwordHash() {
    return passwordHash;
  }

  public String getUsername() {
    return username;
  }

  public Role getRole() {
    return role;
  }

  public Customer getCustomer() {
    return customer;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("username", username);
    view.put("role", role.roleName());
    view.put("customer", customer == null ? null : customer.getName());
    view.put("enabled", enabled);
    return view;
  }

  @Override
  public Long ownerCustomerId() {
    return customer == null ? null : customer.getId();
  }
}
