package org.ccpe.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.StaleVersionException;
import org.ccpe.common.Violations;
import org.ccpe.inventory.Customer;

/**
 * The provider administrator's application settings: which portal tasks are switched on,
 * globally and per customer. Saved as a whole against the version that was read, so of two
 * administrators editing at once the second is told to reload instead of undoing the first.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class ApplicationSettings {
  static final String ENTITY = "application-settings";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  /** The global switches and, when {@code customerId} is given, that customer's overrides. */
  public PortalTaskSettings read(Long customerId) {
    if (customerId != null && em.find(Customer.class, customerId) == null) {
      throw new NotFoundException("customer", customerId);
    }
    return load(em, customerId);
  }

  /**
   * Stores the global switches and the customer's overrides as given (a task missing from
   * {@code overrides} follows the global switch again), if nobody saved since {@code version}.
   */
  public PortalTaskSettings save(PortalTaskSettings wanted) {
    Violations v = new Violations();
    Customer customer = wanted.customerId() == null ? null : customer(wanted.customerId(), v);
    v.throwIfAny();
    AppSettingsRow row = em.find(AppSettingsRow.class, AppSettingsRow.ID, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (row.getVersion() != wanted.version()) {
      throw new StaleVersionException("another administrator saved the application settings first"
          + (row.getUpdatedBy() == null ? "" : " (" + row.getUpdatedBy() + " at " + row.getUpdatedAt() + ")")
          + "; reload them, check their changes and save again");
    }
    PortalTaskSettings before = load(em, wanted.customerId());
    store(null, wanted.global(), true);
    if (customer != null) {
      store(customer, wanted.overrides(), false);
    }
    row.saved(audit.currentActor(), Instant.now());
    em.flush();
    PortalTaskSettings after = load(em, wanted.customerId());
    audit.updated(ENTITY, AppSettingsRow.ID, customer == null ? "portal tasks" : "portal tasks of " + customer.getName(),
        auditView(before, customer), auditView(after, customer));
    return after;
  }

  /** The stored switches; used by {@link PortalTasks} for every check. */
  static PortalTaskSettings load(EntityManager em, Long customerId) {
    AppSettingsRow row = em.find(AppSettingsRow.class, AppSettingsRow.ID);
    List<PortalTaskSetting> rows = em.createQuery(
            "select s from PortalTaskSetting s where s.customer is null or s.customer.id = :c", PortalTaskSetting.class)
        .setParameter("c", customerId == null ? -1L : customerId)
        .getResultList();
    Map<PortalTask, Boolean> global = new EnumMap<>(PortalTask.class);
    Map<PortalTask, Boolean> overrides = new EnumMap<>(PortalTask.class);
    for (PortalTaskSetting s : rows) {
      (s.getCustomer() == null ? global : overrides).put(s.getTask(), s.isEnabled());
    }
    for (PortalTask task : PortalTask.values()) {
      global.putIfAbsent(task, true);
    }
    return new PortalTaskSettings(row.getVersion(), global, customerId, overrides, row.getUpdatedBy(),
        row.getUpdatedAt());
  }

  private void store(Customer customer, Map<PortalTask, Boolean> wanted, boolean global) {
    List<PortalTaskSetting> existing = customer == null
        ? em.createQuery("select s from PortalTaskSetting s where s.customer is null", PortalTaskSetting.class)
            .getResultList()
        : em.createQuery("select s from PortalTaskSetting s where s.customer = :c", PortalTaskSetting.class)
            .setParameter("c", customer).getResultList();
    Map<PortalTask, PortalTaskSetting> byTask = new EnumMap<>(PortalTask.class);
    existing.forEach(s -> byTask.put(s.getTask(), s));
    for (PortalTask task : PortalTask.values()) {
      Boolean on = wanted.get(task);
      if (global && on == null) {
        on = byTask.containsKey(task) ? byTask.get(task).isEnabled() : true;
      }
      PortalTaskSetting row = byTask.get(task);
      if (on == null) {
        if (row != null) {
          em.remove(row);
        }
      } else if (row == null) {
        em.persist(new PortalTaskSetting(customer, task, on));
      } else if (!Objects.equals(row.isEnabled(), on)) {
        row.setEnabled(on);
      }
    }
  }

  private Customer customer(long id, Violations v) {
    Customer customer = em.find(Customer.class, id);
    if (customer == null) {
      v.add("customerId", "no customer " + id);
    }
    return customer;
  }

  private static Map<String, Object> auditView(PortalTaskSettings settings, Customer customer) {
    Map<String, Object> view = new LinkedHashMap<>();
    Map<String, Object> global = new LinkedHashMap<>();
    settings.global().forEach((task, on) -> global.put(task.key(), on));
    view.put("global", global);
    if (customer != null) {
      Map<String, Object> overrides = new LinkedHashMap<>();
      settings.overrides().forEach((task, on) -> overrides.put(task.key(), on));
      view.put("customer", customer.getName());
      view.put("overrides", overrides);
    }
    return view;
  }
}
