package org.ccpe.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Objects;
import org.ccpe.access.Roles;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;

/**
 * Records changes and lists them. Recording joins the caller's transaction ({@code MANDATORY}
 * where a change is recorded), so the entry commits or rolls back with the change itself.
 */
@Stateless
@PermitAll
public class AuditTrail {
  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Instance<CallerChannel> channel;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void created(String entityType, Long id, String name, Map<String, Object> after) {
    write(entityType, id, name, AuditAction.CREATE, null, after);
  }

  /** Records an update, unless nothing that the audit view shows has changed. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void updated(String entityType, Long id, String name, Map<String, Object> before,
      Map<String, Object> after) {
    if (!Objects.equals(before, after)) {
      write(entityType, id, name, AuditAction.UPDATE, before, after);
    }
  }

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void deleted(String entityType, Long id, String name, Map<String, Object> before) {
    write(entityType, id, name, AuditAction.DELETE, before, null);
  }

  /** Records an event about a user (login, failed login, password reset) in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void userEvent(String actor, Long userId, String userName, AuditAction action) {
    em.persist(new AuditEntry(actor, currentChannel(), "user", userId, userName, action, null, null));
  }

  private void write(String entityType, Long id, String name, AuditAction action,
      Map<String, Object> before, Map<String, Object> after) {
    em.persist(new AuditEntry(currentActor(), currentChannel(), entityType, id, name, action,
        StateJson.of(before), StateJson.of(after)));
  }

  /** Who is calling: the logged-in user, or {@code system} for timers and start-up work. */
  public String currentActor() {
    String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
    return name == null || "anonymous".equals(name) ? "system" : name;
  }

  /** Through which face the current request came. */
  public Channel currentChannel() {
    try {
      return channel.isResolvable() ? channel.get().get() : Channel.SYSTEM;
    } catch (jakarta.enterprise.context.ContextNotActiveException e) {
      return Channel.SYSTEM;
    }
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
    return new FilteredQuery<>(em, AuditEntry.class, "from AuditEntry a")
        .where("a.entityType = :entityType", "entityType", filter.entityType())
        .where("a.entityId = :entityId", "entityId", filter.entityId())
        .whereContains("a.actor", "actor", filter.actor())
        .where("a.channel = :channel", "channel", filter.channel())
        .where("a.occurredAt >= :from", "from", filter.from())
        .where("a.occurredAt < :to", "to", filter.to())
        .orderBy("a.id desc")
        .page(page);
  }
}
