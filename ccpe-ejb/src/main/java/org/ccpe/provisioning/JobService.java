package org.ccpe.provisioning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.ccpe.access.Roles;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;

/** Reading provisioning jobs: the jobs view of the console and {@code /api/v1/jobs}. */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
public class JobService {
  @PersistenceContext private EntityManager em;

  public ProvisioningJob get(long id) {
    ProvisioningJob job = em.find(ProvisioningJob.class, id);
    if (job == null) {
      throw new NotFoundException("job", id);
    }
    return job;
  }

  public Page<ProvisioningJob> list(JobFilter filter, PageRequest page) {
    return new FilteredQuery<>(em, ProvisioningJob.class, "from ProvisioningJob j")
        .where("j.siteId = :site", "site", filter.siteId())
        .where("j.routerId = :router", "router", filter.routerId())
        .where("j.customerId = :customer", "customer", filter.customerId())
        .where("j.state = :state", "state", filter.state())
        .orderBy("j.id desc")
        .page(page);
  }
}
