package org.ccpe.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.ccpe.access.Roles;
import org.ccpe.access.UserService;
import org.ccpe.audit.AuditTrail;
import org.ccpe.audit.CallerChannel;
import org.ccpe.audit.Channel;
import org.ccpe.common.Databases;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.ImportPlan.Change;
import org.ccpe.importing.ImportPlan.CustomerPlan;
import org.ccpe.importing.ImportPlan.LinkPlan;
import org.ccpe.importing.ImportPlan.SitePlan;
import org.ccpe.importing.StoredTopology.CustomerRow;
import org.ccpe.importing.StoredTopology.LinkRow;
import org.ccpe.importing.StoredTopology.RouterRow;
import org.ccpe.importing.StoredTopology.SiteRow;
import org.ccpe.importing.TopologyDocument.CustomerEntry;
import org.ccpe.importing.TopologyDocument.LinkEntry;
import org.ccpe.importing.TopologyDocument.SiteEntry;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.BulkInventory;
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.Router;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteInventoryChanged;
import org.ccpe.inventory.Source;

/**
 * Imports a topology document in one transaction: loads what the document touches in bulk (one
 * query per kind), judges the whole document ({@link TopologyValidator}) and stores nothing when
 * anything is wrong; then updates what changed, creates what is new (inserts batched, the
 * persistence context flushed and cleared in chunks) and leaves unchanged entities untouched (no
 * version bump, no audit row). The import is one entry of entity type {@code import} in the audit
 * trail, through the {@code IMPORT} channel, besides the rows of the entities it changed.
 *
 * <p>Imports are serialized by a row lock ({@code import_lock}), cluster-wide: two overlapping
 * documents posted at once are judged one after the other, the second seeing what the first stored.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class TopologyImporter {
  static final String AUDIT_TYPE = "import";
  private static final int CHUNK = 500;
  private static final int IN_LIMIT = 1000;
  /** An import changing at least this many entities refreshes the planner statistics of the inventory. */
  private static final int BULK_CHANGE = 1000;
  private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
  private static final Logger LOG = Logger.getLogger(TopologyImporter.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;
  @EJB private UserService users;
  @Inject private Event<SiteInventoryChanged> changes;
  @Inject private Event<org.ccpe.events.DomainEvent> events;
  @Inject private Instance<CallerChannel> channel;

  /** Imports {@code document}, or with {@code dryRun} only judges it and reports what would change. */
  public ImportReport importDocument(TopologyDocument document, boolean dryRun, Source source) {
    return importDocument(document, dryRun, source, null, null).report();
  }

  /**
   * An import under an idempotency key: the report, or the JSON of the report an earlier import
   * under the same key and body gave (then nothing was imported again).
   */
  public record Keyed(ImportReport report, String replayed) {}

  /**
   * Like {@link #importDocument(TopologyDocument, boolean, Source)}, under an idempotency key (null
   * for none): an earlier import with the same key and body is replayed; the same key with another
   * body is refused on the field {@code Idempotency-Key}; otherwise the report is remembered with
   * the body's hash in the same transaction as the import. A dry run neither replays nor remembers.
   */
  public Keyed importDocument(TopologyDocument document, boolean dryRun, Source source,
      String idempotencyKey, String bodyHash) {
    return importDocument(document, dryRun, source, idempotencyKey, bodyHash, ImportProgress.NONE);
  }

  /** Like {@link #importDocument(TopologyDocument, boolean, Source, String, String)}, telling {@code progress} where it is. */
  public Keyed importDocument(TopologyDocument document, boolean dryRun, Source source,
      String idempotencyKey, String bodyHash, ImportProgress progress) {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > ImportRequest.MAX_KEY_LENGTH)) {
      throw ValidationFailedException.of("Idempotency-Key", "must be 1 to " + ImportRequest.MAX_KEY_LENGTH + " characters");
    }
    if (!dryRun) {
      em.createNativeQuery("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE").getResultList();
      markImportChannel();
      if (idempotencyKey != null) {
        ImportRequest earlier = em.find(ImportRequest.class, idempotencyKey);
        if (earlier != null) {
          if (!earlier.bodyHash().equals(bodyHash)) {
            throw ValidationFailedException.of("Idempotency-Key",
                "was used for a different document; use a new key for a new document");
          }
          return new Keyed(null, earlier.report());
        }
      }
    }
    long start = System.nanoTime();
    Databases.planEachExecution(em);
    progress.at("loading", 0);
    Loaded loaded = load(document);
    long loadedAt = System.nanoTime();
    progress.at("validating", 0);
    ImportPlan plan = TopologyValidator.plan(document, loaded.snapshot());
    long judgedAt = System.nanoTime();
    ImportReport report = dryRun ? report(plan) : store(plan, loaded, source, progress);
    if (!dryRun && report.changed() >= BULK_CHANGE) {
      Databases.refreshStatistics(em, "customer", "site", "access_link");
    }
    if (!dryRun) events.fire(org.ccpe.events.DomainEvent.importFinished(report.counts()));
    if (!dryRun && idempotencyKey != null) {
      em.persist(new ImportRequest(idempotencyKey, bodyHash, json(report), audit.currentActor()));
    }
    LOG.info(() -> String.format("import%s of %d entities: load %d ms, validate %d ms, %s %d ms",
        dryRun ? " (dry run)" : "", report.entities().size(), (loadedAt - start) / 1_000_000,
        (judgedAt - loadedAt) / 1_000_000, dryRun ? "report" : "store", (System.nanoTime() - judgedAt) / 1_000_000));
    return new Keyed(report, null);
  }

  /** The report as JSON, as an idempotent replay or an import job gives it back. */
  static String json(ImportReport report) {
    return JSON.toJson(report);
  }

  /** The import's own audit entries say "import", whatever face the request came through. */
  private void markImportChannel() {
    try {
      if (channel.isResolvable()) {
        channel.get().set(Channel.IMPORT);
      }
    } catch (ContextNotActiveException e) {
      // no request (a timer or job): the trail says system
    }
  }

  // --- loading what the document touches, one query per kind ---

  /**
   * The snapshot, and the routers as entities (few; new sites and links point at them). Customers,
   * sites and links are read as plain rows, not entities: an import of 30,000 unchanged entities
   * then manages none of them (no dirty checks at every query and flush); the few an import
   * updates are fetched by ID when it stores.
   */
  private record Loaded(StoredTopology snapshot, Map<Long, Router> routers) {}

  private Loaded load(TopologyDocument document) {
    Set<String> routerNames = new HashSet<>();
    Set<String> customerIds = new HashSet<>();
    Set<String> customerNames = new HashSet<>();
    Set<String> siteIds = new HashSet<>();
    Set<String> linkIds = new HashSet<>();
    for (CustomerEntry c : document.customers()) {
      add(customerIds, c.externalId());
      if (c.name() != null) {
        customerNames.add(c.name().strip().toLowerCase(Locale.ROOT));
      }
      for (SiteEntry s : c.sites()) {
        add(siteIds, s.externalId());
        add(routerNames, s.router());
        for (LinkEntry l : s.accessLinks()) {
          add(linkIds, l.externalId());
        }
      }
    }
    Map<Long, Router> routers = new HashMap<>();
    Map<String, RouterRow> routersByName = new HashMap<>();
    for (Router r : in("select r from Router r where r.name in :v", Router.class, routerNames)) {
      routers.put(r.getId(), r);
      routersByName.put(r.getName(), new RouterRow(r.getId(), r.getName()));
    }
    Map<String, CustomerRow> customersById = new HashMap<>();
    Set<Long> customerKeys = new HashSet<>();
    for (Object[] r : in(CUSTOMER_ROW + " where c.externalId in :v", Object[].class, customerIds)) {
      CustomerRow row = customerRow(r);
      customersById.put(row.externalId(), row);
      customerKeys.add(row.id());
    }
    Map<String, CustomerRow> customersByName = new HashMap<>();
    for (Object[] r : in(CUSTOMER_ROW + " where c.name in :v", Object[].class, customerNames)) {
      CustomerRow row = customerRow(r);
      customersByName.put(row.name(), row);
    }
    // what is on the document's routers, in one query per kind; external IDs stored elsewhere (an
    // entity that moves to another router) by ID then: few, so few queries with long IN lists
    Map<Long, Map<String, Long>> instances = new HashMap<>();
    Map<String, SiteRow> sitesById = new HashMap<>();
    for (Object[] r : in(SITE_ROW + " where s.router.id in :v", Object[].class, routers.keySet())) {
      SiteRow row = siteRow(r);
      instances.computeIfAbsent(row.routerId(), k -> new HashMap<>()).put(row.routingInstance(), row.id());
      if (row.externalId() != null && siteIds.contains(row.externalId())) {
        sitesById.put(row.externalId(), row);
      }
    }
    siteIds.removeAll(sitesById.keySet());
    for (Object[] r : in(SITE_ROW + " where s.externalId in :v", Object[].class, siteIds)) {
      SiteRow row = siteRow(r);
      sitesById.put(row.externalId(), row);
    }
    Map<Long, List<SiteRow>> sitesByCustomer = new HashMap<>();
    for (Object[] r : in(SITE_ROW + " where c.id in :v", Object[].class, customerKeys)) {
      SiteRow row = siteRow(r);
      sitesByCustomer.computeIfAbsent(row.customerId(), k -> new ArrayList<>()).add(row);
    }
    List<LinkRow> onRouters = new ArrayList<>();
    Map<String, LinkRow> linksById = new HashMap<>();
    for (Object[] r : in(LINK_ROW + " where l.router.id in :v", Object[].class, routers.keySet())) {
      LinkRow row = linkRow(r);
      onRouters.add(row);
      if (row.externalId() != null && linkIds.contains(row.externalId())) {
        linksById.put(row.externalId(), row);
      }
    }
    linkIds.removeAll(linksById.keySet());
    for (Object[] r : in(LINK_ROW + " where l.externalId in :v", Object[].class, linkIds)) {
      LinkRow row = linkRow(r);
      linksById.put(row.externalId(), row);
    }
    StoredTopology snapshot = new StoredTopology(routersByName, customersById, customersByName, sitesById,
        sitesByCustomer, instances, onRouters, linksById);
    return new Loaded(snapshot, routers);
  }

  private static final String CUSTOMER_ROW = "select c.id, c.name, c.displayName, c.accountNumber, c.contactName,"
      + " c.contactEmail, c.contactInfo, c.externalId from Customer c";
  private static final String SITE_ROW = "select s.id, c.id, c.name, s.name, s.description, s.router.id,"
      + " s.routingInstance, s.lanGateway, s.contactName, s.contactEmail, s.contactInfo, s.externalId,"
      + " s.routeDistinguisher, s.vrfTarget from Site s join s.customer c";
  private static final String LINK_ROW = "select l.id, s.id, s.name, l.router.id, l.interfaceName, l.physicalPort,"
      + " l.vlanId, l.role, l.name, l.description, l.externalId from AccessLink l join l.site s";

  private static CustomerRow customerRow(Object[] r) {
    return new CustomerRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
        (String) r[6], (String) r[7]);
  }

  private static SiteRow siteRow(Object[] r) {
    return new SiteRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4], (Long) r[5],
        (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
        (String) r[12], (String) r[13]);
  }

  private static LinkRow linkRow(Object[] r) {
    return new LinkRow((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
        (Integer) r[6], String.valueOf(r[7]), (String) r[8], (String) r[9], (String) r[10]);
  }

  private static void add(Set<String> keys, String raw) {
    if (raw != null && !raw.isBlank()) {
      keys.add(raw.strip());
    }
  }

  /** A query with an {@code in :v} list, run in slices that every database accepts. */
  private <T> List<T> in(String jpql, Class<T> type, Collection<?> values) {
    List<T> results = new ArrayList<>();
    List<?> all = new ArrayList<>(values);
    for (int from = 0; from < all.size(); from += IN_LIMIT) {
      results.addAll(em.createQuery(jpql, type)
          .setFlushMode(FlushModeType.COMMIT)
          .setParameter("v", all.subList(from, Math.min(all.size(), from + IN_LIMIT)))
          .getResultList());
    }
    return results;
  }

  // --- storing the plan ---

  private ImportReport store(ImportPlan plan, Loaded loaded, Source source, ImportProgress progress) {
    progress.at("storing", 0);
    Rows rows = new Rows();
    Set<Long> touchedSites = new LinkedHashSet<>();
    Map<Long, Long> previousRouter = new HashMap<>();
    // updates first, on the few entities they need (fetched by ID); then creations in flushed and cleared chunks
    Updated updated = fetchUpdated(plan);
    for (CustomerPlan c : plan.customers()) {
      if (c.change() == Change.UPDATED) {
        Customer customer = updated.customers().get(c.stored().id());
        Map<String, Object> before = customer.auditView();
        BulkInventory.apply(customer, c.values());
        audit.updated("customer", customer.getId(), customer.getName(), before, customer.auditView());
      }
      for (SitePlan s : c.sites()) {
        if (s.change() == Change.UPDATED) {
          Site site = updated.sites().get(s.stored().id());
          Map<String, Object> before = site.auditView();
          previousRouter.put(site.getId(), s.stored().routerId());
          BulkInventory.apply(site, loaded.routers().get(s.router().id()), s.values());
          audit.updated("site", site.getId(), site.getName(), before, site.auditView());
          touchedSites.add(site.getId());
        }
        for (LinkPlan l : s.links()) {
          if (l.change() == Change.UPDATED) {
            AccessLink link = updated.links().get(l.stored().id());
            Map<String, Object> before = link.auditView();
            BulkInventory.apply(link, loaded.routers().get(s.router().id()), l.values());
            audit.updated("access-link", link.getId(), link.getInterfaceName(), before, link.auditView());
            touchedSites.add(s.stored().id());
            previousRouter.putIfAbsent(s.stored().id(), s.stored().routerId());
          }
        }
      }
    }
    em.flush();
    int pending = 0;
    for (CustomerPlan c : plan.customers()) {
      Customer customer;
      if (c.change() == Change.CREATED) {
        customer = BulkInventory.newCustomer(c.name(), source, c.values());
        em.persist(customer);
        audit.created("customer", customer.getId(), customer.getName(), customer.auditView());
        users.createCustomerAdminAwaitingPassword(customer);
        pending += 2;
      } else {
        customer = null; // a reference only if a new site needs it: reading its name would load it
      }
      long customerId = customer != null ? customer.getId() : c.stored().id();
      rows.add("customer", c.values().externalId(), c.name().value(), c.change(), customerId, c.notes());
      for (SitePlan s : c.sites()) {
        Router router = loaded.routers().get(s.router().id());
        Site site;
        if (s.change() == Change.CREATED) {
          if (customer == null) {
            customer = em.getReference(Customer.class, customerId);
          }
          site = BulkInventory.newSite(customer, s.routingInstance(), router, s.values());
          em.persist(site);
          audit.created("site", site.getId(), site.getName(), site.auditView());
          pending++;
        } else {
          site = null;
        }
        long siteId = site != null ? site.getId() : s.stored().id();
        rows.add("site", s.values().externalId(), s.values().name(), s.change(), siteId, s.notes());
        for (LinkPlan l : s.links()) {
          AccessLink link;
          if (l.change() == Change.CREATED) {
            if (site == null) {
              site = em.getReference(Site.class, siteId);
            }
            link = BulkInventory.newLink(site, router, l.values());
            em.persist(link);
            audit.created("access-link", link.getId(), link.getInterfaceName(), link.auditView());
            pending++;
            if (s.stored() != null) {
              touchedSites.add(siteId);
              previousRouter.putIfAbsent(siteId, s.stored().routerId());
            }
          } else {
            link = null;
          }
          rows.add("access-link", l.values().externalId(), l.values().interfaceName().toString(), l.change(),
              link != null ? link.getId() : l.stored().id(), l.notes());
        }
        if (pending >= CHUNK) {
          em.flush();
          em.clear();
          pending = 0;
          progress.at("storing", rows.size());
        }
      }
    }
    em.flush();
    tellProvisioning(touchedSites, previousRouter);
    ImportReport report = rows.report(false);
    Map<String, Object> summary = new LinkedHashMap<>();
    report.counts().forEach((kind, byState) -> byState.forEach((state, n) -> summary.put(kind + "." + state, n)));
    audit.created(AUDIT_TYPE, null, "topology import of " + plan.customers().size() + " customer(s)", summary);
    return report;
  }

  /** The stored entities an import updates, fetched by ID, one query per kind. */
  private record Updated(Map<Long, Customer> customers, Map<Long, Site> sites, Map<Long, AccessLink> links) {}

  private Updated fetchUpdated(ImportPlan plan) {
    Set<Long> customerIds = new HashSet<>();
    Set<Long> siteIds = new HashSet<>();
    Set<Long> linkIds = new HashSet<>();
    for (CustomerPlan c : plan.customers()) {
      if (c.change() == Change.UPDATED) {
        customerIds.add(c.stored().id());
      }
      for (SitePlan s : c.sites()) {
        if (s.change() == Change.UPDATED) {
          siteIds.add(s.stored().id());
        }
        for (LinkPlan l : s.links()) {
          if (l.change() == Change.UPDATED) {
            linkIds.add(l.stored().id());
          }
        }
      }
    }
    Map<Long, Customer> customers = new HashMap<>();
    in("select c from Customer c where c.id in :v", Customer.class, customerIds).forEach(c -> customers.put(c.getId(), c));
    Map<Long, Site> sites = new HashMap<>();
    in("select s from Site s where s.id in :v", Site.class, siteIds).forEach(s -> sites.put(s.getId(), s));
    Map<Long, AccessLink> links = new HashMap<>();
    in("select l from AccessLink l where l.id in :v", AccessLink.class, linkIds).forEach(l -> links.put(l.getId(), l));
    return new Updated(customers, sites, links);
  }

  /** Sites that existed and changed (themselves or their links) may need their router configuration again. */
  private void tellProvisioning(Set<Long> siteIds, Map<Long, Long> previousRouter) {
    for (Site site : in("select s from Site s join fetch s.customer join fetch s.router where s.id in :v",
        Site.class, siteIds)) {
      changes.fire(new SiteInventoryChanged(site, previousRouter.get(site.getId()), false));
    }
  }

  private static ImportReport report(ImportPlan plan) {
    Rows rows = new Rows();
    for (CustomerPlan c : plan.customers()) {
      rows.add("customer", c.values().externalId(), c.name().value(), c.change(),
          c.stored() == null ? null : c.stored().id(), c.notes());
      for (SitePlan s : c.sites()) {
        rows.add("site", s.values().externalId(), s.values().name(), s.change(),
            s.stored() == null ? null : s.stored().id(), s.notes());
        for (LinkPlan l : s.links()) {
          rows.add("access-link", l.values().externalId(), l.values().interfaceName().toString(), l.change(),
              l.stored() == null ? null : l.stored().id(), l.notes());
        }
      }
    }
    return rows.report(true);
  }

  /** The report's rows and counts, in document order. */
  private static final class Rows {
    private final List<ImportReport.Row> rows = new ArrayList<>();
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    Rows() {
      for (String kind : List.of("customer", "site", "access-link")) {
        Map<String, Integer> byState = new LinkedHashMap<>();
        for (Change change : Change.values()) {
          byState.put(state(change), 0);
        }
        counts.put(kind, byState);
      }
    }

    int size() {
      return rows.size();
    }

    void add(String kind, String externalId, String name, Change change, Long id, List<String> notes) {
      rows.add(new ImportReport.Row(kind, externalId, name, state(change), id, notes));
      counts.get(kind).merge(state(change), 1, Integer::sum);
    }

    ImportReport report(boolean dryRun) {
      return new ImportReport(dryRun, counts, rows);
    }

    private static String state(Change change) {
      return change.name().toLowerCase(Locale.ROOT);
    }
  }
}
