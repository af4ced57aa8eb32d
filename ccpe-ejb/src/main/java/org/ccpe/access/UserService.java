package org.ccpe.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ccpe.audit.AuditAction;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.Violations;
import org.ccpe.inventory.Customer;

/** Users: login, creation, password changes. */
@Stateless
public class UserService {
  static final String ENTITY = "user";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private AuditTrail audit;
  @EJB private AddressThrottle addressThrottle;
  @EJB private VerifiedCredentials verified;
  @EJB private TenantGuard tenant;

  /**
   * Checks a login. Failures count against the account and the address; a locked account fails
   * even with the right password, so guessing gains nothing while it is locked.
   *
   * @param interactive true for a person's form login (audited), false for an API request's Basic
   *     credentials (only failures audited, so the trail is not flooded)
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public LoginOutcome login(String username, String password, String address, boolean interactive) {
    Instant now = Instant.now();
    if (addressThrottle.isBlocked(address, now)) {
      return new LoginOutcome.Throttled();
    }
    String name = username == null ? "" : username.strip().toLowerCase();
    if (!interactive) {
      AuthenticatedUser recent = verified.recall(name, password, now);
      if (recent != null) {
        return new LoginOutcome.Success(recent);
      }
    }
    AppUser user = findByUsername(name).orElse(null);
    if (user == null) {
      PasswordHasher.matches(password, DUMMY_HASH); // same work as a real check: no timing oracle
      addressThrottle.failed(address, now);
      audit.userEvent(name.isEmpty() ? "unknown" : name, null, name, AuditAction.LOGIN_FAILED);
      return new LoginOutcome.Invalid();
    }
    if (user.isLocked(now)) {
      addressThrottle.failed(address, now);
      return new LoginOutcome.Throttled();
    }
    if (!user.isEnabled() || !PasswordHasher.matches(password, user.passwordHash())) {
      verified.forget(name); // a guess against this account: the next login proves itself again
      user.loginFailed(now);
      addressThrottle.failed(address, now);
      audit.userEvent(name, user.getId(), name, AuditAction.LOGIN_FAILED);
      return new LoginOutcome.Invalid();
    }
    addressThrottle.succeeded(address);
    if (interactive || user.getFailedLogins() > 0) {
      user.loginSucceeded(now);
    }
    if (interactive) {
      audit.userEvent(name, user.getId(), name, AuditAction.LOGIN);
    }
    Customer customer = user.getCustomer();
    AuthenticatedUser authenticated =
        new AuthenticatedUser(user.getUsername(), user.getRole(), customer == null ? null : customer.getId());
    verified.remember(name, password, authenticated, now);
    return new LoginOutcome.Success(authenticated);
  }

  private static final String DUMMY_HASH = PasswordHasher.hash("not-a-password-anyone-has");

  @PermitAll
  public Optional<AppUser> findByUsername(String username) {
    return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  /** Creates a user; the caller sees the initial password once. */
  @RolesAllowed(Roles.PROVIDER_ADMIN)
  public NewUser create(UserSpec spec) {
    Violations violations = new Violations();
    Role role = violations.parse("role", spec.role(), Role::fromName);
    String login = violations.parse("username", spec.username(), UserService::checkLocalName);
    Customer customer = null;
    if (role != null && role.isCustomerRole()) {
      if (spec.customerId() == null) {
        violations.add("customerId", "is required for a customer role");
      } else {
        customer = em.find(Customer.class, spec.customerId());
        if (customer == null) {
          violations.add("customerId", "no customer " + spec.customerId());
        }
      }
    } else if (spec.customerId() != null) {
      violations.add("customerId", "only customer roles belong to a customer");
    }
    String username = login == null ? null
        : customer == null ? login : login + "@" + customer.getName();
    if (spec.password() != null && username != null) {
      violations.parse("password", spec.password(), p -> {
        PasswordPolicy.check(p, username);
        return p;
      });
    }
    violations.throwIfAny();
    return createChecked(username, role, customer, spec.password());
  }

  /**
   * Creates the default {@code admin@<customer>} user of a new customer, as part of the customer's
   * creation.
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public NewUser createCustomerAdmin(Customer customer) {
    return createChecked("admin@" + customer.getName(), Role.CUSTOMER_ADMIN, customer, null);
  }

  /**
   * For imports: the new customer's {@code admin@<customer>} without any password yet — it cannot
   * log in until a provider admin resets its password and hands it over. Spares hashing a random
   * password nobody would ever see (PBKDF2 is deliberately slow, and imports create thousands).
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AppUser createCustomerAdminAwaitingPassword(Customer customer) {
    String username = "admin@" + customer.getName();
    AppUser user = new AppUser(username, Role.CUSTOMER_ADMIN, customer, PasswordHasher.NO_PASSWORD);
    em.persist(user);
    audit.created(ENTITY, user.getId(), username, user.auditView());
    return user;
  }

  NewUser createChecked(String username, Role role, Customer customer, String password) {
    if (findByUsername(username).isPresent()) {
      throw new ConflictException("username", "a user named '" + username + "' exists already");
    }
    String initial = password == null ? PasswordHasher.randomPassword() : password;
    AppUser user = new AppUser(username, role, customer, PasswordHasher.hash(initial));
    em.persist(user);
    audit.created(ENTITY, user.getId(), username, user.auditView());
    return new NewUser(user, password == null ? initial : null);
  }

  /**
   * Gives a user a new random password, returned once; unlocks the account. A customer
   * administrator may do so for its own customer's users only.
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.CUSTOMER_ADMIN})
  public String resetPassword(long userId) {
    AppUser user = ownUser(userId);
    String fresh = PasswordHasher.randomPassword();
    user.changePassword(PasswordHasher.hash(fresh));
    verified.forget(user.getUsername());
    audit.userEvent(session.getCallerPrincipal().getName(), user.getId(), user.getUsername(),
        AuditAction.PASSWORD_RESET);
    return fresh;
  }

  /** Changes the caller's own password, given the current one. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
      Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public void changeOwnPassword(String currentPassword, String newPassword) {
    AppUser user = findByUsername(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new NotFoundException(ENTITY, session.getCallerPrincipal().getName()));
    Violations violations = new Violations();
    if (!PasswordHasher.matches(currentPassword, user.passwordHash())) {
      violations.add("currentPassword", "is not your current password");
    }
    violations.parse("newPassword", newPassword, p -> {
      PasswordPolicy.check(p, user.getUsername());
      return p;
    });
    violations.throwIfAny();
    user.changePassword(PasswordHasher.hash(newPassword));
    verified.forget(user.getUsername());
    audit.userEvent(user.getUsername(), user.getId(), user.getUsername(), AuditAction.PASSWORD_RESET);
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.CUSTOMER_ADMIN})
  public Page<AppUser> list(String usernameContains, Long customerId, PageRequest page) {
    return new FilteredQuery<>(em, AppUser.class, "from AppUser u left join u.customer c")
        .whereContains("u.username", "username", usernameContains)
        .where("c.id = :customer", "customer", tenant.scope(customerId))
        .orderBy("u.username")
        .page(page);
  }

  /**
   * A customer administrator adds a user to its own customer: {@code customer-admin} or {@code
   * customer-monitor}, login {@code <user>@<customer>}. Without a password one is generated and
   * shown once.
   */
  @RolesAllowed(Roles.CUSTOMER_ADMIN)
  public NewUser createOwn(String login, String role, String password) {
    Customer customer = em.find(Customer.class, tenant.requireCustomer());
    Violations violations = new Violations();
    Role parsed = violations.parse("role", role, Role::fromName);
    if (parsed != null && !parsed.isCustomerRole()) {
      violations.add("role", "must be customer-admin or customer-monitor");
    }
    String local = violations.parse("username", login, UserService::checkLocalName);
    String username = local == null ? null : local + "@" + customer.getName();
    if (password != null && !password.isEmpty() && username != null) {
      violations.parse("password", password, p -> {
        PasswordPolicy.check(p, username);
        return p;
      });
    }
    violations.throwIfAny();
    return createChecked(username, parsed, customer, password == null || password.isEmpty() ? null : password);
  }

  /** A customer administrator removes one of its customer's users (never itself). */
  @RolesAllowed(Roles.CUSTOMER_ADMIN)
  public void deleteOwn(long userId) {
    AppUser user = ownUser(userId);
    if (user.getUsername().equals(session.getCallerPrincipal().getName())) {
      throw new ConflictException("id", "you cannot remove yourself; ask another administrator");
    }
    audit.deleted(ENTITY, user.getId(), user.getUsername(), user.auditView());
    em.remove(user);
    verified.forget(user.getUsername());
  }

  private AppUser ownUser(long userId) {
    return tenant.requireOwned(em.find(AppUser.class, userId), ENTITY, userId);
  }

  /** Removes a customer's users with the customer itself. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void deleteUsersOf(Customer customer) {
    List<AppUser> users = em.createQuery("select u from AppUser u where u.customer = :c", AppUser.class)
        .setParameter("c", customer)
        .getResultList();
    for (AppUser user : users) {
      audit.deleted(ENTITY, user.getId(), user.getUsername(), user.auditView());
      em.remove(user);
      verified.forget(user.getUsername());
    }
  }

  @PermitAll
  public long count() {
    return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
  }

  private static String checkLocalName(String raw) {
    if (raw == null || !raw.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return raw.strip().toLowerCase();
  }
}
