package org.ccpe.access;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.ccpe.audit.AuditTrail;

/**
 * Makes sure an empty installation can be logged into: when there is no user at all, creates
 * {@code admin} with role provider-admin. Its password comes from {@code CCPE_ADMIN_PASSWORD} (or
 * the system property {@code ccpe.admin.password}); otherwise a random one is printed once to the
 * server log.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@jakarta.annotation.security.PermitAll
public class FirstAdministrator {
  static final String USERNAME = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;
  @jakarta.ejb.EJB private AuditTrail audit;

  @PostConstruct
  void ensureOne() {
    long users = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    if (users > 0) {
      return;
    }
    String configured = System.getProperty("ccpe.admin.password", System.getenv("CCPE_ADMIN_PASSWORD"));
    String password = configured == null || configured.isBlank() ? PasswordHasher.randomPassword() : configured;
    AppUser admin = new AppUser(USERNAME, Role.PROVIDER_ADMIN, null, PasswordHasher.hash(password));
    em.persist(admin);
    audit.created(UserService.ENTITY, admin.getId(), USERNAME, admin.auditView());
    if (configured == null || configured.isBlank()) {
      LOG.warning("\n=====================================================================\n"
          + " First start: created user '" + USERNAME + "' (provider-admin) with password\n"
          + "   " + password + "\n"
          + " It is shown only this once. Change it after logging in.\n"
          + "=====================================================================");
    } else {
      LOG.info("First start: created user '" + USERNAME + "' with the configured password");
    }
  }
}
