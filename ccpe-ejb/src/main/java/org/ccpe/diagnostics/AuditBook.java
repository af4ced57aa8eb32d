package org.ccpe.diagnostics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.access.Roles;
import org.ccpe.access.TenantGuard;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Violations;
import org.ccpe.inventory.Site;
import org.ccpe.provisioning.RouterAccess;

/**
 * Functional audits' bookkeeping, each step in a transaction of its own, so the audit exists
 * before its runner starts and whoever watches it sees each pair's result as soon as it is known.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY, Roles.CUSTOMER_ADMIN,
    Roles.CUSTOMER_MONITOR})
public class AuditBook {
  @PersistenceContext private EntityManager em;
  @EJB private TenantGuard tenant;
  @EJB private AuditTrail audit;

  /** Checks the request whole, stores the audit with its pairs, queued, and records who asked. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
  public long create(FunctionalAuditRequest request) {
    Violations violations = new Violations();
    if (request == null) {
      violations.add("originSiteIds", "choose at least one site");
      violations.add("destinationSiteIds", "choose at least one site");
      violations.throwIfAny();
    }
    List<AuditSite> origins = sites(violations, "originSiteIds", request.originSiteIds());
    List<AuditSite> destinations = sites(violations, "destinationSiteIds", request.destinationSiteIds());
    violations.throwIfAny();
    List<AuditPlan.Pair> pairs = AuditPlan.pairs(origins, destinations, DiagnosticsSettings.current().maxPairs());
    FunctionalAudit created = new FunctionalAudit(pairs.get(0).origin().customerId(), pairs, audit.currentActor(),
        audit.currentChannel());
    em.persist(created);
    audit.created("functional-audit", created.getId(), "functional audit " + created.getId(), created.auditView());
    return created.getId();
  }

  /**
   * The sites a list names, each visible to the caller; an id that is unknown or another
   * customer's is reported by its index as not found (the same answer for both). Ownership is
   * compared here rather than by the tenant guard's refusal, which would doom the transaction
   * before every offending index is known.
   */
  private List<AuditSite> sites(Violations violations, String field, List<Long> ids) {
    List<AuditSite> sites = new ArrayList<>();
    if (ids == null) {
      return sites;
    }
    if (ids.size() > 1000) {
      violations.add(field, "at most 1000 sites");
      return sites;
    }
    Long mine = tenant.isCustomer() ? tenant.customerId().orElse(-1L) : null;
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      Site site = id == null ? null : found(id);
      if (site == null || (mine != null && !mine.equals(site.ownerCustomerId()))) {
        violations.add(field + "[" + i + "]", "no site " + id);
      } else {
        sites.add(AuditSite.of(site));
      }
    }
    return sites;
  }

  /** A site, or null: caught where it is thrown, the not-found crosses no bean and dooms nothing. */
  private Site found(long id) {
    try {
      return Site.load(em, id);
    } catch (NotFoundException e) {
      return null;
    }
  }

  /** The audit when the caller may see it, with its pairs; another customer's is not found. */
  public FunctionalAudit find(long id) {
    FunctionalAudit found = tenant.requireOwned(em.find(FunctionalAudit.class, id), "functional audit", id);
    found.getPairs().size();
    return found;
  }

  /** The caller's customer's latest audits, newest first (a provider names the customer). */
  public List<FunctionalAudit> latest(Long customerId, int limit) {
    Long customer = tenant.scope(customerId);
    var query = em.createQuery("select a from FunctionalAudit a"
            + (customer == null ? "" : " where a.customerId = :customer") + " order by a.createdAt desc, a.id desc",
            FunctionalAudit.class)
        .setMaxResults(Math.max(1, Math.min(limit, 100)));
    if (customer != null) {
      query.setParameter("customer", customer);
    }
    List<FunctionalAudit> audits = query.getResultList();
    audits.forEach(a -> a.getPairs().size());
    return audits;
  }

  /** What the runner works on: the audit's pending pairs, grouped by the origin site's router. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<RouterWork> start(long auditId) {
    FunctionalAudit found = em.find(FunctionalAudit.class, auditId);
    found.start();
    Map<Long, RouterWork> byRouter = new LinkedHashMap<>();
    for (FunctionalAuditPair pair : found.getPairs()) {
      Site origin = em.find(Site.class, pair.getOriginSiteId());
      if (origin == null || origin.getRouter() == null) {
        pair.failed("the origin site no longer exists");
        continue;
      }
      byRouter.computeIfAbsent(origin.getRouter().getId(),
              r -> new RouterWork(RouterAccess.of(origin.getRouter()), new ArrayList<>()))
          .pings().add(new Ping(pair.getId(), pair.getRoutingInstance(), pair.getSourceAddress(), pair.getTargetAddress()));
    }
    return List.copyOf(byRouter.values());
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void measured(long pairId, PingOutcome outcome) {
    em.find(FunctionalAuditPair.class, pairId).measured(outcome);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long pairId, String why) {
    em.find(FunctionalAuditPair.class, pairId).failed(why);
  }

  /** The end: done when every pair has a result, with a one-line summary; failed when the run broke. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finished(long auditId, String brokenBecause) {
    FunctionalAudit found = em.find(FunctionalAudit.class, auditId);
    if (brokenBecause != null) {
      found.getPairs().stream().filter(p -> p.getState() == FunctionalAuditPair.State.PENDING)
          .forEach(p -> p.failed("not measured: the audit stopped"));
      found.finish(FunctionalAudit.State.FAILED, brokenBecause);
      return;
    }
    long up = found.getPairs().stream().filter(p -> p.getState() == FunctionalAuditPair.State.UP).count();
    found.finish(FunctionalAudit.State.DONE, up + " of " + found.getPairs().size() + " pairs reach each other");
  }

  /** One router's share of an audit: its pings run over one session. */
  public record RouterWork(RouterAccess router, List<Ping> pings) {}

  /** One pair's ping, as the runner sends it. */
  public record Ping(long pairId, String routingInstance, String source, String target) {}
}
