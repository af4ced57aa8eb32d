package org.ccpe.access;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import org.ccpe.common.ForbiddenException;

/**
 * Which portal tasks a customer's users may use. Every service method behind a portal task calls
 * {@link #require} first, so a task the provider switched off is refused (403) whatever the
 * request, not only hidden from the portal. Provider users are not bound by portal tasks.
 */
@Stateless
@PermitAll
// reads only, asked on every request: joins the caller's transaction, never begins one
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PortalTasks {
  @EJB private TenantGuard tenant;
  @PersistenceContext private EntityManager em;

  /** Refuses (403) when the caller is a customer user and the task is off for it or its role. */
  public void require(PortalTask task) {
    if (!tenant.isCustomer()) {
      return;
    }
    Role role = tenant.role().orElseThrow();
    if (!task.allows(role)) {
      throw new ForbiddenException("the task '" + task.title() + "' is not open to " + role.roleName() + " users");
    }
    if (!enabledFor(tenant.requireCustomer()).contains(task)) {
      throw new ForbiddenException("the task '" + task.title() + "' is switched off for your organisation");
    }
  }

  /** The tasks the provider switched on for a customer. */
  public Set<PortalTask> enabledFor(long customerId) {
    return ApplicationSettings.load(em, customerId).effective();
  }

  /** The tasks the caller may use: switched on for its customer and open to its role. */
  public Set<PortalTask> enabledForCaller() {
    if (!tenant.isCustomer()) {
      return EnumSet.noneOf(PortalTask.class);
    }
    Role role = tenant.role().orElseThrow();
    Set<PortalTask> tasks = EnumSet.noneOf(PortalTask.class);
    for (PortalTask task : enabledFor(tenant.requireCustomer())) {
      if (task.allows(role)) {
        tasks.add(task);
      }
    }
    return tasks;
  }
}
