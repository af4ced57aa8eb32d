package org.ccpe.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.ccpe.access.Roles;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.common.Violations;

/**
 * Import Customer: the activation director's customers as candidates the operator imports by hand.
 * {@link #refresh()} reads the source's customer list into candidates; the list shows those not
 * imported yet and those the source changed since; {@link #forget} sets candidates aside (what was
 * imported from them stays in the inventory); {@link #importMany}/{@link #importAll} start an
 * {@link ImportRun} in the background, customer by customer, whose progress and per-customer
 * report {@link #run} reads. Re-importing a customer updates what changed and keeps what the
 * provider renamed ({@link TopologyImporter}).
 *
 * <p>The source is the one the {@code ccpe.ad.*} system properties name ({@link
 * ActivationDirectorSettings}), read at every refresh and import, so a changed setting applies
 * without a redeploy.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class ImportCandidates {
  @PersistenceContext private EntityManager em;
  @EJB private ImportRuns runs;
  @EJB private ImportRunner runner;

  /** What a refresh found: customers listed, new candidates, candidates the source changed, and those gone from it. */
  public record Refreshed(int listed, int added, int changed, int gone) {}

  /**
   * Reads the source's customer list: new customers become candidates, known ones take the
   * source's current name, contact and dates, and candidates the source no longer lists are
   * dropped (their imported data stays).
   */
  public Refreshed refresh() throws ActivationDirectorException {
    List<AdCustomerSummary> listed = new ActivationDirectorClient(settings()).listCustomers();
    Map<String, ImportCandidate> known = new HashMap<>();
    for (ImportCandidate c : em.createQuery("select c from ImportCandidate c", ImportCandidate.class).getResultList()) {
      known.put(c.getExternalId(), c);
    }
    Instant now = Instant.now();
    int added = 0;
    int changed = 0;
    for (AdCustomerSummary summary : listed) {
      if (summary.id().length() > 128) {
        continue; // longer than any external ID we store: the import would refuse it anyway
      }
      ImportCandidate candidate = known.remove(summary.id());
      if (candidate == null) {
        candidate = new ImportCandidate(summary.id());
        candidate.listed(summary, now);
        em.persist(candidate);
        added++;
      } else {
        Instant before = candidate.getSourceUpdated();
        candidate.listed(summary, now);
        if (before != null && candidate.getSourceUpdated() != null && candidate.getSourceUpdated().isAfter(before)) {
          changed++;
        }
      }
    }
    known.values().forEach(em::remove);
    return new Refreshed(listed.size(), added, changed, known.size());
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Page<ImportCandidate> list(CandidateFilter filter, PageRequest page) {
    String where = " from ImportCandidate c where c.forgotten = false and "
        + (filter == null ? CandidateFilter.TO_IMPORT : filter).condition();
    long count = em.createQuery("select count(c)" + where, Long.class).getSingleResult();
    List<ImportCandidate> items = em.createQuery("select c" + where + " order by lower(c.name), c.externalId",
        ImportCandidate.class).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    return new Page<>(items, count, page);
  }

  /** Sets candidates aside; whatever was imported from them stays. Returns how many were forgotten. */
  public int forget(Collection<String> externalIds) {
    int forgotten = 0;
    for (String id : externalIds) {
      ImportCandidate candidate = id == null ? null : em.find(ImportCandidate.class, id);
      if (candidate != null && !candidate.isForgotten()) {
        candidate.forget();
        forgotten++;
      }
    }
    return forgotten;
  }

  /** Imports one candidate now, and returns the finished run with its report. */
  public ImportRun importOne(String externalId) {
    Map<String, String> names = candidates(List.of(externalId == null ? "" : externalId));
    ImportRun run = runs.start(1);
    runner.run(run.getId(), List.copyOf(names.keySet()), names, settings());
    return run(run.getId());
  }

  /** Starts importing these candidates in the background; returns the run to poll. */
  public long importMany(Collection<String> externalIds) {
    return start(candidates(externalIds));
  }

  /** Starts importing every candidate not imported yet or changed since, as the default list shows them. */
  public long importAll() {
    Map<String, String> names = new LinkedHashMap<>();
    for (ImportCandidate c : em.createQuery("select c from ImportCandidate c where c.forgotten = false and "
        + CandidateFilter.TO_IMPORT.condition() + " order by lower(c.name), c.externalId", ImportCandidate.class)
        .getResultList()) {
      names.put(c.getExternalId(), c.getName());
    }
    return start(names);
  }

  /** A run with what became of each customer so far. */
  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public ImportRun run(long runId) {
    ImportRun run = em.find(ImportRun.class, runId);
    if (run == null) {
      throw new NotFoundException("import run", runId);
    }
    return run.withItems(em.createQuery("select i from ImportRunItem i where i.runId = :run order by i.itemNo",
        ImportRunItem.class).setParameter("run", runId).getResultList());
  }

  private long start(Map<String, String> names) {
    ActivationDirectorSettings settings = settings();
    ImportRun run = runs.start(names.size());
    runner.runInBackground(run.getId(), List.copyOf(names.keySet()), names, settings);
    return run.getId();
  }

  /** External ID → name of each listed candidate, in the order given; anything else is refused by its index. */
  private Map<String, String> candidates(Collection<String> externalIds) {
    Violations violations = new Violations();
    if (externalIds == null || externalIds.isEmpty()) {
      violations.add("ids", "choose at least one customer to import");
      violations.throwIfAny();
    }
    Map<String, String> names = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(externalIds));
    for (int i = 0; i < ids.size(); i++) {
      ImportCandidate candidate = ids.get(i) == null ? null : em.find(ImportCandidate.class, ids.get(i));
      if (candidate == null || candidate.isForgotten()) {
        violations.add("ids[" + i + "]", "'" + ids.get(i) + "' is not an import candidate (refresh the list first)");
      } else {
        names.put(candidate.getExternalId(), candidate.getName());
      }
    }
    violations.throwIfAny();
    return names;
  }

  private static ActivationDirectorSettings settings() {
    try {
      return ActivationDirectorSettings.fromSystemProperties();
    } catch (IllegalArgumentException e) {
      throw ValidationFailedException.of("source", e.getMessage());
    }
  }
}
