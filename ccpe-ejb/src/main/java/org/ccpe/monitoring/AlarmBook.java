package org.ccpe.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;

/**
 * Raises, clears, acknowledges and lists alarms. Raising a cause that is already active about the
 * same subject changes nothing (dedup); clearing one that is not active changes nothing, so the
 * poll cycle can state what it sees every time without tracking what it said before. {@link
 * AlarmRaised} and {@link AlarmCleared} fire synchronously inside the caller's transaction, so an
 * observer's writes (a webhook outbox) commit or roll back with the alarm.
 *
 * <p>Customer users read their own customer's alarms (portal task Status): another customer's
 * alarm, or one about a router, is not found for them. Acknowledging stays with the provider.
 */
@Stateless
@PermitAll
public class AlarmBook {
  static final String ENTITY = "alarm";
  /** Active alarms about an access link or router that no longer exists. */
  static final String ORPHANS = "SELECT a.id FROM alarm a WHERE a.active_key IS NOT NULL AND ("
      + "(a.access_link_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM access_link l WHERE l.id = a.access_link_id))"
      + " OR NOT EXISTS (SELECT 1 FROM router r WHERE r.id = a.router_id)) ORDER BY a.id";

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private TenantGuard tenant;
  @EJB private PortalTasks tasks;
  @Inject private Event<AlarmRaised> raisedEvents;
  @Inject private Event<AlarmCleared> clearedEvents;

  /** Raises the alarm unless the same cause is active about the same subject; returns the active alarm. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Alarm raise(AlarmSubject about, AlarmCause cause, String detail, Instant at) {
    String key = cause.key(cause.aboutRouter() ? about.routerId() : about.accessLinkId());
    Optional<Alarm> active = active(key);
    if (active.isPresent()) {
      return active.get();
    }
    Alarm alarm = new Alarm(about, cause, detail, at);
    em.persist(alarm);
    em.flush(); // the unique active key is checked now, and the event carries the id
    raisedEvents.fire(alarm.raised());
    return alarm;
  }

  /** Clears the active alarm of a cause about a subject (a link's or router's id), if there is one. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public boolean clear(AlarmCause cause, long subjectId, Instant at) {
    Optional<Alarm> active = active(cause.key(subjectId));
    if (active.isEmpty()) {
      return false;
    }
    Alarm alarm = active.get();
    alarm.clear(audit.currentActor(), at);
    clearedEvents.fire(alarm.cleared());
    return true;
  }

  /**
   * Clears active alarms whose access link or router no longer exists: nothing would ever clear
   * them otherwise (deleting inventory does not pass through monitoring). Returns how many.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int clearOrphans(Instant at) {
    List<?> ids = em.createNativeQuery(ORPHANS).getResultList();
    for (Object id : ids) {
      Alarm alarm = em.find(Alarm.class, ((Number) id).longValue());
      alarm.clear(audit.currentActor(), at);
      clearedEvents.fire(alarm.cleared());
    }
    return ids.size();
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
  public Alarm acknowledge(long id) {
    Alarm alarm = find(id);
    Map<String, Object> before = auditView(alarm);
    if (alarm.acknowledge(audit.currentActor(), Instant.now())) {
      em.flush();
      audit.updated(ENTITY, id, alarm.getDedupKey(), before, auditView(alarm));
    }
    return alarm;
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
      Roles.CUSTOMER_MONITOR})
  public Alarm get(long id) {
    tasks.require(PortalTask.STATUS);
    Alarm alarm = find(id);
    if (tenant.isCustomer() && !Long.valueOf(tenant.requireCustomer()).equals(alarm.getCustomerId())) {
      throw new NotFoundException(ENTITY, id);
    }
    return alarm;
  }

  /** Alarms newest first; a customer user's are always its own customer's. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
      Roles.CUSTOMER_MONITOR})
  public Page<Alarm> list(AlarmFilter filter, PageRequest page) {
    tasks.require(PortalTask.STATUS);
    return new FilteredQuery<>(em, Alarm.class, "from Alarm a")
        .where("a.state in :states", "states", filter.states() == null || filter.states().isEmpty() ? null : filter.states())
        .where("a.severity = :severity", "severity", filter.severity())
        .where("a.customerId = :customer", "customer", tenant.scope(filter.customerId()))
        .where("a.siteId = :site", "site", filter.siteId())
        .orderBy("a.raisedAt desc, a.id desc")
        .page(page);
  }

  /** Active alarms counted by severity, every severity present (zero when none). */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Map<Severity, Long> activeBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0L);
    }
    em.createQuery("select a.severity, count(a) from Alarm a where a.activeKey is not null group by a.severity",
            Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
    return counts;
  }

  private Optional<Alarm> active(String key) {
    return em.createQuery("select a from Alarm a where a.activeKey = :key", Alarm.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  private Alarm find(long id) {
    Alarm alarm = em.find(Alarm.class, id);
    if (alarm == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return alarm;
  }

  private static Map<String, Object> auditView(Alarm alarm) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("cause", alarm.getCause().name());
    view.put("state", alarm.getState().name());
    view.put("acknowledgedBy", alarm.getAcknowledgedBy());
    return view;
  }
}
