package org.ccpe.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.ForbiddenException;
import org.ccpe.common.NotFoundException;

/**
 * Whose data the caller may see. The tenant comes from the security context only (the caller
 * principal's user and its customer), never from a request parameter, so no forged form field or
 * URL can widen it. Another customer's object is answered as not found, never as forbidden: its
 * mere existence is not revealed.
 */
@Stateless
@PermitAll
// reads only, asked on every request: joins the caller's transaction, never begins one
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TenantGuard {
  private static final String CACHE_KEY = TenantGuard.class.getName();
  private static final Long NO_CUSTOMER = -1L;

  @Resource private SessionContext session;
  @Resource private TransactionSynchronizationRegistry transaction;
  @PersistenceContext private EntityManager em;

  /** The caller's customer when the caller is a customer user; empty for provider users. */
  public Optional<Long> customerId() {
    if (!isCustomer()) {
      return Optional.empty();
    }
    Long cached = transaction.getTransactionKey() == null ? null : (Long) transaction.getResource(CACHE_KEY);
    Long id = cached != null ? cached : lookUp();
    if (cached == null && transaction.getTransactionKey() != null) {
      transaction.putResource(CACHE_KEY, id);
    }
    return NO_CUSTOMER.equals(id) ? Optional.empty() : Optional.of(id);
  }

  /** The caller's customer; refuses callers that are not customer users. */
  public long requireCustomer() {
    return customerId().orElseThrow(() -> new ForbiddenException("only customer users have a customer"));
  }

  public boolean isCustomer() {
    return session.isCallerInRole(Roles.CUSTOMER_ADMIN) || session.isCallerInRole(Roles.CUSTOMER_MONITOR);
  }

  public boolean isProvider() {
    return session.isCallerInRole(Roles.PROVIDER_ADMIN) || session.isCallerInRole(Roles.PROVIDER_OPERATOR)
        || session.isCallerInRole(Roles.PROVIDER_READONLY);
  }

  /** The caller's role, or empty for an unauthenticated caller (a timer). */
  public Optional<Role> role() {
    for (Role role : Role.values()) {
      if (session.isCallerInRole(role.roleName())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /**
   * The entity when the caller may see it: provider users see everything, customer users their
   * own customer's data. Null or foreign → {@link NotFoundException} (404), as if it did not exist.
   */
  public <T extends CustomerOwned> T requireOwned(T entity, String kind, Object id) {
    if (entity == null) {
      throw new NotFoundException(kind, id);
    }
    if (isCustomer() && !customerId().map(mine -> mine.equals(entity.ownerCustomerId())).orElse(false)) {
      throw new NotFoundException(kind, id);
    }
    return entity;
  }

  /**
   * The customer a list may show: a provider user's own choice (null: all), and for a customer
   * user always its own customer — asking for another one finds nothing.
   */
  public Long scope(Long requestedCustomerId) {
    if (!isCustomer()) {
      return requestedCustomerId;
    }
    long mine = customerId().orElse(NO_CUSTOMER);
    return requestedCustomerId == null || requestedCustomerId == mine ? mine : NO_CUSTOMER;
  }

  private Long lookUp() {
    String name = session.getCallerPrincipal().getName();
    return em.createQuery("select u.customer.id from AppUser u where u.username = :name", Long.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst()
        .orElse(NO_CUSTOMER);
  }
}
