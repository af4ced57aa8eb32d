package org.ccpe.provisioning;

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
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.common.IntervalTimers;

/**
 * Decides <em>when</em> changes go to routers: a persistent interval timer ({@code
 * ccpe.commit.interval-ms}, default 10 s) that hands each router with due jobs to {@link
 * RouterCommitter}, up to {@code ccpe.commit.parallel-routers} at once. A router still busy from
 * the previous tick is skipped, not queued twice; changes that arrive meanwhile are coalesced into
 * its next commit, which starts as soon as the current one ends rather than at the next tick. With
 * a settle time, a router's burst goes out as soon as it has settled, also not at the next tick.
 *
 * <p>The routers are committed on a pool of exactly {@code parallel-routers} threads of our own
 * (from the container's thread factory): the server's shared default executor has only twice as
 * many threads as cores, which silently capped the parallelism below the knob (issue 4's benchmark
 * saw 4 routers at a time instead of 10).
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CommitScheduler {
  static final String TIMER = "ccpe-commit";
  private static final Logger LOG = Logger.getLogger(CommitScheduler.class.getName());

  @Resource private TimerService timers;
  @Resource private ManagedThreadFactory threadFactory;
  @Resource private ManagedScheduledExecutorService wakeUps;
  @EJB private JobBook jobs;
  @EJB private RouterCommitter committer;

  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Instant> nextWake = new AtomicReference<>();
  private volatile Semaphore slots;
  private volatile ExecutorService workers;

  @PostConstruct
  void schedule() {
    ProvisioningSettings settings = ProvisioningSettings.current();
    slots = new Semaphore(settings.parallelRouters());
    workers = Executors.newFixedThreadPool(settings.parallelRouters(), threadFactory);
    IntervalTimers.restart(timers, TIMER, settings.commitInterval());
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow(); // a commit cut short leaves its jobs committing: claimed again when the lease expires
  }

  @Timeout
  void tick(Timer timer) {
    if (TIMER.equals(timer.getInfo())) {
      drain();
    }
  }

  /**
   * Starts a commit for every router with due work that is not already being committed here, and
   * makes sure to look again when the next settling queue is due.
   */
  public int drain() {
    JobBook.DueWork due;
    try {
      due = jobs.dueWork();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the provisioning queue", e);
      return 0;
    }
    wakeAt(due.nextReady());
    int started = 0;
    for (long routerId : due.routers()) {
      if (!inFlight.add(routerId)) {
        continue;
      }
      if (!slots.tryAcquire()) {
        inFlight.remove(routerId);
        break; // every slot busy: the next tick picks the rest up
      }
      try {
        workers.submit(() -> commitRouter(routerId));
        started++;
      } catch (RejectedExecutionException e) {
        inFlight.remove(routerId);
        slots.release();
      }
    }
    return started;
  }

  /**
   * Looks for due work again when a settling queue is due, rather than at the next tick: a burst
   * goes out as soon as it has settled, not up to an interval later. One wake-up at a time, the
   * earliest one wins.
   */
  private void wakeAt(Instant when) {
    if (when == null) {
      return;
    }
    Instant pending = nextWake.get();
    if (pending != null && !pending.isAfter(when) || !nextWake.compareAndSet(pending, when)) {
      return; // an earlier (or just as early) wake-up is already set
    }
    long delay = Math.max(1, Duration.between(Instant.now(), when).toMillis());
    try {
      wakeUps.schedule(() -> {
        nextWake.compareAndSet(when, null);
        drain();
      }, delay, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      nextWake.compareAndSet(when, null); // the tick picks it up
    }
  }

  private void commitRouter(long routerId) {
    int settled = 0;
    try {
      settled = committer.commit(routerId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Commit for router " + routerId + " failed unexpectedly", e);
    } finally {
      inFlight.remove(routerId);
      slots.release();
    }
    if (settled > 0) {
      drain(); // what arrived during this commit goes now, not up to an interval later
    }
  }
}
