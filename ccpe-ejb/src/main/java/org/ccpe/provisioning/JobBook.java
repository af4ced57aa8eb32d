package org.ccpe.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ccpe.events.DomainEvent;
import org.ccpe.inventory.Router;
import org.ccpe.services.SiteServices;

/**
 * The jobs' bookkeeping around a router conversation, each step in its own short transaction so
 * no database transaction is ever held open while a router thinks: which routers have due work,
 * claiming a router's due jobs as one batch, and recording what the router said. Every job's change
 * of state is announced as a {@link JobStateChanged} inside the transaction that makes it.
 */
@Stateless
@PermitAll
public class JobBook {
  private static final List<JobState> WAITING = List.of(JobState.QUEUED, JobState.UNKNOWN, JobState.COMMITTING);

  @PersistenceContext private EntityManager em;
  @EJB private SiteContexts contexts;
  @Inject private Event<JobStateChanged> stateChanged;
  @Inject private Event<DomainEvent> events;

  /**
   * Routers with jobs due now (queued or unknown whose time has come, or left committing by a dead
   * node), and when the next router whose queue is still settling will be due (null: none is).
   */
  public record DueWork(List<Long> routers, Instant nextReady) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DueWork dueWork() {
    Instant now = Instant.now();
    ProvisioningSettings settings = ProvisioningSettings.current();
    List<Long> due = new ArrayList<>();
    Instant nextReady = null;
    for (Object[] row : em.createQuery("select j.routerId, max(j.createdAt), min(j.createdAt) from ProvisioningJob j"
            + " where j.state in :waiting and j.nextAttemptAt <= :now group by j.routerId", Object[].class)
        .setParameter("waiting", WAITING)
        .setParameter("now", now)
        .getResultList()) {
      Instant readyAt = settings.readyAt((Instant) row[1], (Instant) row[2]);
      if (!readyAt.isAfter(now)) {
        due.add((Long) row[0]);
      } else if (nextReady == null || readyAt.isBefore(nextReady)) {
        nextReady = readyAt;
      }
    }
    return new DueWork(due, nextReady);
  }

  /** How to reach a router, read before its batch is claimed so its session can be opened meanwhile; null when it is gone. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public RouterAccess routerAccess(long routerId) {
    Router router = em.find(Router.class, routerId);
    return router == null ? null : RouterAccess.of(router);
  }

  /**
   * Claims every due job of a router (the caller holds the router's lease, so a job still marked
   * committing is one whose conversation died) and groups them per site, newest job first: the
   * site's newest state is what the router gets, older jobs of the site settle with it. The sites'
   * contexts are built with a few queries for the whole batch.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CommitBatch claim(long routerId, String batchId) {
    Instant now = Instant.now();
    List<ProvisioningJob> due = em.createQuery("select j from ProvisioningJob j where j.routerId = :r"
            + " and j.state in :waiting and j.nextAttemptAt <= :now order by j.id", ProvisioningJob.class)
        .setParameter("r", routerId)
        .setParameter("waiting", WAITING)
        .setParameter("now", now)
        .getResultList();
    Router router = em.find(Router.class, routerId);
    if (due.isEmpty() || router == null) {
      return null;
    }
    // at most maxSitesPerCommit sites per commit; the other sites' jobs wait for the next one
    int maxSites = ProvisioningSettings.current().maxSitesPerCommit();
    Map<Long, List<ProvisioningJob>> bySite = new LinkedHashMap<>();
    for (ProvisioningJob job : due) {
      if (bySite.size() >= maxSites && !bySite.containsKey(job.getSiteId())) {
        continue;
      }
      job.started(batchId, now);
      changed(job, now);
      bySite.computeIfAbsent(job.getSiteId(), s -> new ArrayList<>()).add(job);
    }
    List<Long> toApply = bySite.entrySet().stream()
        .filter(site -> newest(site.getValue()).getKind() != JobKind.REMOVE).map(Map.Entry::getKey).toList();
    Map<Long, SiteServices> provisioned = new HashMap<>();
    ByIds.load(toApply, ids -> em.createQuery("select ss from SiteServices ss join fetch ss.site s"
            + " join fetch s.customer where ss.siteId in :ids", SiteServices.class).setParameter("ids", ids).getResultList())
        .stream().filter(ss -> ss.getSite().getRouter().getId() == routerId)
        .forEach(ss -> provisioned.put(ss.getSiteId(), ss));
    Map<Long, SiteContext> contextsBySite = contexts.of(provisioned.values());
    List<BatchItem> items = new ArrayList<>();
    for (Map.Entry<Long, List<ProvisioningJob>> site : bySite.entrySet()) {
      List<ProvisioningJob> jobs = site.getValue();
      ProvisioningJob newest = newest(jobs);
      List<Long> ids = jobs.stream().map(ProvisioningJob::getId).toList();
      if (newest.getKind() == JobKind.REMOVE) {
        items.add(new BatchItem(site.getKey(), ProvisioningQueue.removalContext(newest), true, null, newest.getId(), ids));
        continue;
      }
      SiteServices services = provisioned.get(site.getKey());
      if (services == null) { // the site is gone, was never provisioned, or moved to another router
        jobs.forEach(j -> {
          j.committed("", "superseded: the site is gone or moved to another router", now);
          changed(j, now);
        });
        continue;
      }
      items.add(new BatchItem(site.getKey(), contextsBySite.get(site.getKey()), false, services.getRevision(),
          newest.getId(), ids));
    }
    if (items.isEmpty()) {
      return null;
    }
    return new CommitBatch(batchId, RouterAccess.of(router), List.copyOf(items));
  }

  /** Records the outcome of every item; transient failures wait with backoff, up to the attempt limit. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(CommitBatch batch, List<ItemOutcome> outcomes, String learntHostKeys) {
    Instant now = Instant.now();
    ProvisioningSettings settings = ProvisioningSettings.current();
    Map<Long, ProvisioningJob> jobs = byId(outcomes.stream().flatMap(o -> o.item().jobIds().stream()).toList(),
        ids -> em.createQuery("select j from ProvisioningJob j where j.id in :ids", ProvisioningJob.class)
            .setParameter("ids", ids).getResultList(), ProvisioningJob::getId);
    Map<Long, SiteServices> applied = byId(outcomes.stream()
            .filter(o -> o.state() == JobState.COMMITTED && !o.item().removal()).map(o -> o.item().siteKey()).toList(),
        ids -> em.createQuery("select ss from SiteServices ss where ss.siteId in :ids", SiteServices.class)
            .setParameter("ids", ids).getResultList(), SiteServices::getSiteId);
    for (ItemOutcome outcome : outcomes) {
      BatchItem item = outcome.item();
      ProvisioningJob newest = jobs.get(item.newestJobId());
      for (long id : item.jobIds()) {
        ProvisioningJob job = jobs.get(id);
        if (job == null) {
          continue; // deleted meanwhile, with its router
        }
        switch (outcome.state()) {
          case COMMITTED -> {
            if (job == newest || newest == null) {
              job.committed(outcome.diff(), outcome.message(), now);
            } else {
              job.coalescedInto(newest, outcome.diff(), now);
            }
          }
          case FAILED -> job.failed(outcome.message(), outcome.errorPath(), now);
          case UNKNOWN -> {
            if (job.getAttempts() >= settings.maxAttempts()) {
              job.failed("outcome still unknown after " + job.getAttempts() + " attempts: " + outcome.message(), null, now);
            } else {
              job.outcomeUnknown(outcome.message(), now);
            }
          }
          default -> {
            if (job.getAttempts() >= settings.maxAttempts()) {
              job.failed("gave up after " + job.getAttempts() + " attempts: " + outcome.message(), null, now);
            } else {
              job.retryLater(outcome.message(), settings.backoff(job.getAttempts()), now);
            }
          }
        }
        changed(job, now);
      }
      SiteServices services = applied.get(item.siteKey());
      if (outcome.state() == JobState.COMMITTED && !item.removal() && services != null) {
        services.applied(item.revision(), now);
      }
    }
    if (learntHostKeys != null) {
      Router router = em.find(Router.class, batch.router().routerId());
      if (router != null) {
        router.pinHostKeys(learntHostKeys);
      }
    }
  }

  private void changed(ProvisioningJob job, Instant at) {
    stateChanged.fire(JobStateChanged.of(job, at));
  }

  private static ProvisioningJob newest(List<ProvisioningJob> jobsOfSite) {
    return jobsOfSite.get(jobsOfSite.size() - 1);
  }

  private static <T> Map<Long, T> byId(List<Long> ids, Function<List<Long>, List<T>> query, Function<T, Long> id) {
    Map<Long, T> found = new HashMap<>();
    ByIds.load(ids, query).forEach(row -> found.put(id.apply(row), row));
    return found;
  }

  /** A router's provisioned sites whose latest revision it confirmed: what a drift check compares. */
  public record DriftWork(RouterAccess router, List<BatchItem> sites) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public DriftWork driftWork(long routerId) {
    Router router = em.find(Router.class, routerId);
    if (router == null) {
      return new DriftWork(null, List.of());
    }
    List<SiteServices> provisioned = em.createQuery("select ss from SiteServices ss join fetch ss.site s"
            + " join fetch s.customer where s.router.id = :r and ss.appliedRevision = ss.revision", SiteServices.class)
        .setParameter("r", routerId)
        .getResultList();
    Map<Long, SiteContext> contextsBySite = contexts.of(provisioned);
    List<BatchItem> sites = provisioned.stream()
        .map(ss -> new BatchItem(ss.getSiteId(), contextsBySite.get(ss.getSiteId()), false, ss.getRevision(), 0, List.of()))
        .toList();
    return new DriftWork(RouterAccess.of(router), sites);
  }

  /** Routers with at least one provisioned site, for the drift timer. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> routersWithProvisionedSites() {
    return em.createQuery("select distinct ss.site.router.id from SiteServices ss", Long.class).getResultList();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordDrift(List<DriftReport.SiteDrift> found, Instant at) {
    for (DriftReport.SiteDrift site : found) {
      SiteServices services = em.find(SiteServices.class, site.siteId());
      if (services != null) {
        if (site.drift() && !services.isDrift()) { // newly drifted: tell the webhook subscribers once
          events.fire(DomainEvent.driftDetected(services.getSite().getCustomer().getId(), site.siteId(), site.routingInstance(), site.diff()));
        }
        services.driftChecked(site.drift() ? site.diff() : null, at);
      }
    }
  }
}
