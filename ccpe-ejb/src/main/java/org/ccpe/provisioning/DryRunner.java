package org.ccpe.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.ccpe.common.FieldError;
import org.ccpe.common.NotFoundException;
import org.ccpe.inventory.Router;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.RpcErrorException;

/**
 * Asks a router what a site's proposed context would change and whether it would pass {@code
 * commit check}, then discards the candidate: the router's configuration never changes. Holds the
 * router's lease like a commit, so it never shares the router with one of our commits.
 */
@Stateless
@PermitAll
public class DryRunner {
  private static final JunosConfigRenderer RENDERER = new JunosConfigRenderer();

  @PersistenceContext private EntityManager em;
  @EJB private RouterLeases leases;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DryRun dryRun(long routerId, SiteContext proposed) {
    String rendered = RENDERER.render(proposed);
    String configuration = proposed.redact(rendered);
    RouterAccess access = access(routerId);
    ProvisioningSettings settings = ProvisioningSettings.current();
    String owner = "dry-run/" + UUID.randomUUID();
    if (!leases.acquire(routerId, owner, settings.replyTimeout().multipliedBy(6))) {
      return new DryRun(configuration, null, false, List.of(),
          "the router is busy with a commit; try the dry run again in a moment");
    }
    try (NetconfSession session = RouterDevices.device(access, settings).openSession()) {
      session.lock(Datastore.CANDIDATE);
      try {
        session.junos().loadConfiguration(Junos.LoadAction.REPLACE, rendered);
        String diff = proposed.redact(session.junos().candidateDiff());
        try {
          session.junos().commitConfiguration(JunosCommit.check());
          return new DryRun(configuration, diff, true, List.of(), null);
        } catch (RpcErrorException refused) {
          return new DryRun(configuration, diff, false, refused.errors().stream()
              .map(e -> new FieldError(e.path() == null ? "" : e.path(),
                  proposed.redact(e.message() == null ? "" : e.message().strip())))
              .toList(), null);
        }
      } finally {
        session.discardChanges();
        session.unlock(Datastore.CANDIDATE);
      }
    } catch (NetconfException | RuntimeException e) {
      return new DryRun(configuration, null, false, List.of(), "cannot ask the router: " + e.getMessage());
    } finally {
      leases.release(routerId, owner);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  RouterAccess access(long routerId) {
    Router router = em.find(Router.class, routerId);
    if (router == null) {
      throw new NotFoundException("router", routerId);
    }
    return RouterAccess.of(router);
  }
}
