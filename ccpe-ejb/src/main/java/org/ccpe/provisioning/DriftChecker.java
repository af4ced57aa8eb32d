package org.ccpe.provisioning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ccpe.access.Roles;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;

/**
 * Compares what a router runs with what we intend, site by site, by asking the router itself:
 * each site's intended context is loaded into the candidate, the router's own {@code show |
 * compare} is read and the candidate discarded. A non-empty diff is drift (someone changed the
 * router out of band); the site is flagged with the diff until a re-push or a new change brings
 * the router back in line. Only sites whose latest revision the router confirmed are checked, so
 * a change still on its way is never mistaken for drift.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DriftChecker {
  private static final JunosConfigRenderer RENDERER = new JunosConfigRenderer();

  @EJB private RouterLeases leases;
  @EJB private JobBook jobs;

  /** Checks one router now and records the result on its sites. */
  public DriftReport check(long routerId) {
    ProvisioningSettings settings = ProvisioningSettings.current();
    JobBook.DriftWork work = jobs.driftWork(routerId);
    if (work.sites().isEmpty()) {
      return new DriftReport(routerId, List.of(), null);
    }
    String owner = "drift/" + UUID.randomUUID();
    if (!leases.acquire(routerId, owner, settings.replyTimeout().multipliedBy(4 + work.sites().size()))) {
      return new DriftReport(routerId, List.of(), "the router is busy with a commit; drift is checked next time");
    }
    try (NetconfSession session = RouterDevices.device(work.router(), settings).openSession()) {
      List<DriftReport.SiteDrift> found = new ArrayList<>();
      session.lock(Datastore.CANDIDATE);
      try {
        for (BatchItem site : work.sites()) {
          session.junos().loadConfiguration(Junos.LoadAction.REPLACE,
              RENDERER.renderCompact(List.of(site.context()), List.of()));
          String diff = site.context().redact(session.junos().candidateDiff());
          session.discardChanges();
          found.add(new DriftReport.SiteDrift(site.siteKey(), site.routingInstance(), !diff.isBlank(), diff));
        }
      } finally {
        session.discardChanges();
        session.unlock(Datastore.CANDIDATE);
      }
      jobs.recordDrift(found, Instant.now());
      return new DriftReport(routerId, found, null);
    } catch (NetconfException | RuntimeException e) {
      return new DriftReport(routerId, List.of(), "cannot check the router: " + e.getMessage());
    } finally {
      leases.release(routerId, owner);
    }
  }
}
