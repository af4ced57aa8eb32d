package org.ccpe.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.common.IntervalTimers;

/**
 * Decides when the history is rolled up and pruned: a persistent interval timer ({@code
 * ccpe.monitor.rollup-interval-ms}, default 5 minutes) running {@link HistoryKeeper}.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoryScheduler {
  static final String TIMER = "ccpe-history";
  private static final Logger LOG = Logger.getLogger(HistoryScheduler.class.getName());

  @Resource private TimerService timers;
  @EJB private HistoryKeeper keeper;

  @PostConstruct
  void schedule() {
    IntervalTimers.restart(timers, TIMER, MonitoringSettings.current().rollupInterval());
  }

  @Timeout
  void tick(Timer timer) {
    try {
      LOG.fine(keeper.rollUpAndPrune(Instant.now()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Rolling up the monitoring history failed", e);
    }
  }
}
