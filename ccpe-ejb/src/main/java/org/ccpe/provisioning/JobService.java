package org.ccpe.provisioning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;

/** Reading provisioning jobs: the jobs view of the console and {@code /api/v1/jobs}. */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY,
    Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
public class JobService {
  @PersistenceContext private EntityManager em;
  @EJB private TenantGuard tenant;

  /** A job; customer users see only their own customer's (any other id is not found). */
  public ProvisioningJob get(long id) {
    return tenant.requireOwned(em.find(ProvisioningJob.class, id), "job", id);
  }

  public Page<ProvisioningJob> list(JobFilter filter, PageRequest page) {
    return new FilteredQuery<>(em, ProvisioningJob.class, "from ProvisioningJob j")
        .where("j.siteId = :site", "site", filter.siteId())
        .where("j.routerId = :router", "router", filter.routerId())
        .where("j.customerId = :customer", "customer", tenant.scope(filter.customerId()))
        .where("j.state = :state", "state", filter.state())
        .orderBy("j.id desc")
        .page(page);
  }
}
