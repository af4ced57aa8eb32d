package org.ccpe.provisioning;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.ccpe.netconf.Device;

/**
 * Commits everything due for one router in one conversation, holding the router's lease so no
 * other thread or node talks to it meanwhile. Runs outside any transaction: the job bookkeeping
 * commits before and after, never across, the router's work.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RouterCommitter {
  private static final Logger LOG = Logger.getLogger(RouterCommitter.class.getName());
  private static final JunosConfigRenderer RENDERER = new JunosConfigRenderer();

  @EJB private RouterLeases leases;
  @EJB private JobBook jobs;

  /** @return how many sites the router's batch held (0 when there was nothing to do or the router was busy) */
  public int commit(long routerId) {
    ProvisioningSettings settings = ProvisioningSettings.current();
    String owner = System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();
    Duration ttl = settings.commitTimeout().plus(settings.replyTimeout().multipliedBy(4)).plusMinutes(1);
    if (!leases.acquire(routerId, owner, ttl)) {
      return 0;
    }
    try {
      PhaseTimes phases = new PhaseTimes();
      String batchId = "b" + UUID.randomUUID().toString().substring(0, 8);
      CommitBatch batch = jobs.claim(routerId, batchId);
      if (batch == null) {
        return 0;
      }
      phases.end("claim");
      Device device;
      try {
        device = RouterDevices.device(batch.router(), settings);
      } catch (RuntimeException unusable) {
        jobs.record(batch, batch.items().stream()
            .map(item -> ItemOutcome.failed(item, "the router's credentials are unusable: " + unusable.getMessage(), null))
            .toList(), null);
        return batch.items().size();
      }
      List<ItemOutcome> outcomes = new RouterConversation(device, RENDERER, settings.confirmMinutes(), phases).run(batch);
      String learnt = batch.router().knownHosts() == null ? RouterDevices.learntKnownHosts(device) : null;
      phases.restart();
      jobs.record(batch, outcomes, learnt == null || learnt.isBlank() ? null : learnt);
      phases.end("record");
      LOG.info(() -> "Router " + batch.router().name() + " batch " + batchId + " of " + batch.items().size()
          + " site(s): " + summary(outcomes) + " in " + phases.totalMillis() + " ms (" + phases + ")");
      return batch.items().size();
    } finally {
      leases.release(routerId, owner);
    }
  }

  private static String summary(List<ItemOutcome> outcomes) {
    return outcomes.stream()
        .collect(java.util.stream.Collectors.groupingBy(ItemOutcome::state, java.util.stream.Collectors.counting()))
        .toString();
  }
}
