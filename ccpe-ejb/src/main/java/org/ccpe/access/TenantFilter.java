package org.ccpe.access;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.ccpe.common.CustomerOwned;
import org.hibernate.Session;

/**
 * The second wall of tenant isolation: around a customer user's reads, every query of
 * customer-owned entities is filtered to the caller's customer by Hibernate, so a query that
 * forgot its tenant condition still finds nothing of another customer. Bound to the read methods
 * only, and switched off again when they return: provisioning code running in the same transaction
 * (an irb unit free on the router, a VLAN free on a port) must see every customer's data.
 */
public class TenantFilter {
  @PersistenceContext private EntityManager em;
  @EJB private TenantGuard tenant;

  @AroundInvoke
  public Object filter(InvocationContext invocation) throws Exception {
    Optional<Long> customer = tenant.customerId();
    if (customer.isEmpty() || !em.isJoinedToTransaction()) {
      return invocation.proceed();
    }
    Session session = em.unwrap(Session.class);
    if (session.getEnabledFilter(CustomerOwned.FILTER) != null) {
      return invocation.proceed(); // an outer read switched it on and will switch it off
    }
    session.enableFilter(CustomerOwned.FILTER).setParameter(CustomerOwned.FILTER_PARAMETER, customer.get());
    try {
      return invocation.proceed();
    } finally {
      session.disableFilter(CustomerOwned.FILTER);
    }
  }
}
