package org.ccpe.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.common.IntervalTimers;
import org.ccpe.monitoring.snmp.PollOutcome;
import org.ccpe.monitoring.snmp.ReceivedTrap;
import org.ccpe.monitoring.snmp.SnmpCredentials;
import org.ccpe.monitoring.snmp.SnmpEngine;
import org.ccpe.monitoring.snmp.SnmpPoller;

/**
 * Decides <em>when</em> routers are polled: a persistent interval timer ({@code
 * ccpe.monitor.tick-ms}, default 5 s) that claims the routers whose next poll is due ({@link
 * PollBook}: interval per router with jitter, backoff after failures) and hands each to the
 * asynchronous {@link SnmpPoller}. No thread waits for a router: answers arrive on the poller's
 * transport, are queued, and one writer thread of ours stores whatever has arrived in one
 * transaction ({@link CycleRecorder}), so a slow or dead router delays nobody else's samples.
 * Traps are applied on the same thread ({@link TrapHandler}).
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"SchemaMigrator", "SnmpEngine"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PollScheduler {
  static final String TIMER = "ccpe-poll";
  /** A poll not settled after this long is forgotten, so its router can be claimed again. */
  private static final Duration STUCK = Duration.ofMinutes(10);
  /** At most this many routers' results per transaction. */
  private static final int RESULTS_PER_TRANSACTION = 200;
  private static final Logger LOG = Logger.getLogger(PollScheduler.class.getName());

  @Resource private TimerService timers;
  @Resource private ManagedThreadFactory threadFactory;
  @EJB private PollBook book;
  @EJB private CycleRecorder recorder;
  @EJB private SnmpEngine engine;
  @EJB private TrapHandler traps;

  private final Map<Long, Instant> inFlight = new ConcurrentHashMap<>();
  /** The v3 users the trap receiver knows, per router, so a changed user is registered again. */
  private final Map<Long, SnmpCredentials.V3> trapUsers = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<PollResult> arrived = new ConcurrentLinkedQueue<>();
  private volatile ExecutorService writer;

  @PostConstruct
  void schedule() {
    writer = Executors.newSingleThreadExecutor(threadFactory);
    IntervalTimers.restart(timers, TIMER, MonitoringSettings.current().tick());
  }

  @PreDestroy
  void stop() {
    writer.shutdownNow();
  }

  @Timeout
  void tick(Timer timer) {
    if (TIMER.equals(timer.getInfo())) {
      pollDue();
    }
  }

  /** Sends a poll to every due router not already being polled; returns how many were sent. */
  public int pollDue() {
    SnmpPoller poller = engine.poller();
    if (poller == null) {
      return 0;
    }
    Instant now = Instant.now();
    inFlight.values().removeIf(started -> started.isBefore(now.minus(STUCK)));
    List<PollWork> due;
    try {
      due = book.claimDue(now, List.copyOf(inFlight.keySet()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the poll schedule", e);
      return 0;
    }
    for (PollWork work : due) {
      inFlight.put(work.routerId(), now);
      if (work.target() == null) {
        arrive(new PollResult(work, new PollOutcome.Unreachable(now, work.problem())));
        continue;
      }
      if (work.target().credentials() instanceof SnmpCredentials.V3 v3 && !v3.equals(trapUsers.put(work.routerId(), v3))) {
        engine.registerTrapUser(v3); // its traps are authenticated with the user it is polled with
      }
      try {
        poller.poll(work.target(), work.plan()).whenComplete((outcome, failure) -> arrive(new PollResult(work,
            outcome != null ? outcome : new PollOutcome.Unreachable(Instant.now(), "poll failed: " + failure))));
      } catch (RuntimeException e) {
        arrive(new PollResult(work, new PollOutcome.Unreachable(now, "poll failed: " + e.getMessage())));
      }
    }
    return due.size();
  }

  private void arrive(PollResult result) {
    arrived.add(result);
    try {
      writer.execute(this::store);
    } catch (RejectedExecutionException e) {
      inFlight.remove(result.work().routerId()); // shutting down
    }
  }

  /**
   * A trap's news is written on the same writer thread as the polls' results: both change link
   * states and alarms, and two writers at once would lose one's state or race for one alarm.
   */
  public void onTrap(@ObservesAsync ReceivedTrap trap) {
    try {
      writer.execute(() -> traps.handle(trap));
    } catch (RejectedExecutionException e) {
      LOG.fine("Trap dropped while shutting down");
    }
  }

  /** Stores what has arrived; runs on the single writer thread, so transactions never overlap. */
  private void store() {
    List<PollResult> batch = new ArrayList<>();
    for (PollResult r; batch.size() < RESULTS_PER_TRANSACTION && (r = arrived.poll()) != null; ) {
      batch.add(r);
    }
    if (batch.isEmpty()) {
      return; // an earlier run took these along
    }
    try {
      recorder.record(batch);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Storing the polls of " + batch.size() + " router(s) failed", e);
    } finally {
      batch.forEach(r -> inFlight.remove(r.work().routerId()));
    }
  }
}
