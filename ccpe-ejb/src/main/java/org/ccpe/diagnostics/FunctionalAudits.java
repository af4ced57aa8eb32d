package org.ccpe.diagnostics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;
import org.ccpe.access.Roles;

/**
 * Functional audits: does each of a customer's sites reach the others through its VPN? The caller
 * picks origin and destination sites; the audit is stored and answered at once, queued, and a
 * background run ({@link FunctionalAuditRunner}) pings each pair from inside the origin's routing
 * instance and records the results one by one.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
    Roles.CUSTOMER_MONITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FunctionalAudits {
  @EJB private AuditBook book;
  @EJB private FunctionalAuditRunner runner;
  @EJB private PortalTasks tasks;

  /**
   * Stores the audit (its own transaction, committed before the run starts) and starts it.
   *
   * @throws org.ccpe.common.ValidationFailedException naming each offending field
   */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public FunctionalAudit schedule(FunctionalAuditRequest request) {
    tasks.require(PortalTask.FUNCTIONAL_AUDIT);
    long id = book.create(request);
    runner.run(id);
    return book.find(id);
  }

  /** An audit with its pairs' results so far; another customer's audit is not found. */
  public FunctionalAudit get(long id) {
    tasks.require(PortalTask.FUNCTIONAL_AUDIT);
    return book.find(id);
  }

  /** The latest audits, newest first: a customer user's own, or a provider's choice of customer (null: all). */
  public List<FunctionalAudit> latest(Long customerId, int limit) {
    tasks.require(PortalTask.FUNCTIONAL_AUDIT);
    return book.latest(customerId, limit);
  }
}
