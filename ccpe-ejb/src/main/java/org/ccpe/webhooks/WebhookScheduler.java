package org.ccpe.webhooks;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.common.IntervalTimers;

/**
 * Decides when deliveries go out: a persistent interval timer ({@code ccpe.webhooks.interval-ms},
 * default 5 s; in the database timer store, so it fires on one cluster node) that hands the due
 * rows to {@link WebhookDeliverer}, batch after batch while a batch comes back full.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookScheduler {
  static final String TIMER = "ccpe-webhooks";
  private static final int MAX_BATCHES_PER_TICK = 20;
  private static final Logger LOG = Logger.getLogger(WebhookScheduler.class.getName());

  @Resource private TimerService timers;
  @EJB private WebhookDeliverer deliverer;

  @PostConstruct
  void schedule() {
    IntervalTimers.restart(timers, TIMER, WebhookSettings.current().interval());
  }

  @Timeout
  void tick(Timer timer) {
    try {
      for (int batch = 0; batch < MAX_BATCHES_PER_TICK && deliverer.deliverDue() == WebhookSettings.BATCH; batch++) {
        // a full batch: more may be due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Webhook deliveries failed; they are tried again at the next tick", e);
    }
  }
}
