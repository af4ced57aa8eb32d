package org.ccpe.provisioning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;

/**
 * Commits everything due for one router in one conversation, holding the router's lease so no
 * other thread or node talks to it meanwhile. Runs outside any transaction: the job bookkeeping
 * commits before and after, never across, the router's work.
 *
 * <p>The router's session is opened while the batch is claimed: the SSH handshake and the
 * database work overlap instead of adding up.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RouterCommitter {
  private static final Logger LOG = Logger.getLogger(RouterCommitter.class.getName());
  private static final JunosConfigRenderer RENDERER = new JunosConfigRenderer();

  @EJB private RouterLeases leases;
  @EJB private JobBook jobs;
  @Resource private ManagedExecutorService executor;

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
      RouterAccess access = jobs.routerAccess(routerId);
      if (access == null) {
        return 0;
      }
      Device device;
      try {
        device = RouterDevices.device(access, settings);
      } catch (RuntimeException unusable) {
        return failAll(routerId, "the router's credentials are unusable: " + unusable.getMessage());
      }
      CompletableFuture<NetconfSession> session = opening(device);
      String batchId = "b" + UUID.randomUUID().toString().substring(0, 8);
      CommitBatch batch = null;
      try {
        batch = jobs.claim(routerId, batchId);
      } finally {
        if (batch == null) {
          session.thenAccept(NetconfSession::close); // nothing to do after all (or the claim failed)
        }
      }
      if (batch == null) {
        return 0;
      }
      phases.end("claim");
      List<ItemOutcome> outcomes = new RouterConversation(() -> await(session), RENDERER, settings.confirmMinutes(),
          phases).run(batch);
      String learnt = batch.router().knownHosts() == null ? RouterDevices.learntKnownHosts(device) : null;
      phases.restart();
      jobs.record(batch, outcomes, learnt == null || learnt.isBlank() ? null : learnt);
      phases.end("record");
      String name = batch.router().name();
      int sites = batch.items().size();
      LOG.info(() -> "Router " + name + " batch " + batchId + " of " + sites + " site(s): " + summary(outcomes)
          + " in " + phases.totalMillis() + " ms (" + phases + ")");
      return sites;
    } finally {
      leases.release(routerId, owner);
    }
  }

  /** Claims the router's due jobs only to fail them all: the router cannot be talked to with what we hold. */
  private int failAll(long routerId, String reason) {
    CommitBatch batch = jobs.claim(routerId, "b" + UUID.randomUUID().toString().substring(0, 8));
    if (batch == null) {
      return 0;
    }
    jobs.record(batch, batch.items().stream().map(item -> ItemOutcome.failed(item, reason, null)).toList(), null);
    return batch.items().size();
  }

  /** Starts opening the router's session on the container's executor (or here, when it refuses work). */
  private CompletableFuture<NetconfSession> opening(Device device) {
    try {
      return CompletableFuture.supplyAsync(() -> {
        try {
          return device.openSession();
        } catch (NetconfException e) {
          throw new CompletionException(e);
        }
      }, executor);
    } catch (RejectedExecutionException shuttingDown) {
      CompletableFuture<NetconfSession> now = new CompletableFuture<>();
      try {
        now.complete(device.openSession());
      } catch (NetconfException | RuntimeException e) {
        now.completeExceptionally(e);
      }
      return now;
    }
  }

  /** The session once open, with the opening's own failure (unreachable, refused...) as it was thrown. */
  private static NetconfSession await(CompletableFuture<NetconfSession> session) throws NetconfException {
    try {
      return session.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      session.thenAccept(NetconfSession::close);
      throw new NetconfException("interrupted while opening the session");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NetconfException failure) {
        throw failure;
      }
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new NetconfException(String.valueOf(e.getCause()));
    }
  }

  private static String summary(List<ItemOutcome> outcomes) {
    return outcomes.stream().collect(Collectors.groupingBy(ItemOutcome::state, Collectors.counting())).toString();
  }
}
