package org.ccpe.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.ccpe.audit.AuditTrail;
import org.ccpe.audit.Channel;
import org.ccpe.common.ConflictException;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteInventoryChanged;
import org.ccpe.services.SiteServices;

/**
 * Where changes wait for their router. Enqueuing joins the caller's transaction, so a change that
 * is stored is always queued and a change that rolls back never is; the new job's {@link
 * JobStateChanged} ({@code queued}) is fired in it too.
 */
@Stateless
@PermitAll
public class ProvisioningQueue {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private SiteContexts contexts;
  @Inject private Event<JobStateChanged> stateChanged;

  /** Queues bringing a provisioned site's intended context to its router. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ProvisioningJob apply(Site site, SiteServices services, JobKind kind) {
    contexts.irbUnit(site);
    ProvisioningJob job = new ProvisioningJob(site.getRouter().getId(), site.getId(), site.getCustomer().getId(),
        site.getName(), site.getRoutingInstance(), kind, services.getRevision(), actor(), currentChannel());
    return queued(job);
  }

  /**
   * Queues taking a site's whole context off a router: the site is going (or moving away), so the
   * job keeps the context as it was.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ProvisioningJob remove(Site site, SiteServices services, long fromRouterId) {
    SiteContext context = contexts.of(site, services);
    ProvisioningJob job = new ProvisioningJob(fromRouterId, site.getId(), site.getCustomer().getId(),
        site.getName(), site.getRoutingInstance(), JobKind.REMOVE, null, actor(), currentChannel());
    job.removing(JSON.toJson(context));
    return queued(job);
  }

  /**
   * Reacts to an inventory change of a site: nothing for a site never provisioned; a removal
   * queues the context's removal and forgets the settings; any other change queues the site again.
   * A provisioned site cannot move to another router (its context would have to move with it):
   * delete and re-create it instead.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void inventoryChanged(SiteInventoryChanged change) {
    Site site = change.site();
    SiteServices services = em.find(SiteServices.class, site.getId());
    if (services == null) {
      return;
    }
    if (change.removing()) {
      remove(site, services, change.previousRouterId());
      em.createQuery("delete from ServiceRevision r where r.siteId = :s").setParameter("s", site.getId()).executeUpdate();
      em.remove(services);
      return;
    }
    if (site.getRouter().getId() != change.previousRouterId()) {
      throw new ConflictException("routerId", "site '" + site.getName()
          + "' is provisioned on its router; it cannot move to another one (delete and re-create it)");
    }
    apply(site, services, JobKind.APPLY);
  }

  private ProvisioningJob queued(ProvisioningJob job) {
    em.persist(job);
    stateChanged.fire(JobStateChanged.of(job, job.getCreatedAt() == null ? Instant.now() : job.getCreatedAt()));
    return job;
  }

  static SiteContext removalContext(ProvisioningJob job) {
    return JSON.fromJson(job.removalContext(), SiteContext.class);
  }

  private String actor() {
    return audit.currentActor();
  }

  private Channel currentChannel() {
    return audit.currentChannel();
  }
}
