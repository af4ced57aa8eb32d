package org.ccpe.provisioning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
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
import org.ccpe.access.Roles;

/**
 * Decides when routers are checked for drift: a persistent interval timer ({@code
 * ccpe.drift.interval-ms}, default hourly) that runs {@link DriftChecker} router by router.
 */
@Singleton
@Startup
@PermitAll
@RunAs(Roles.PROVIDER_OPERATOR)
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DriftScheduler {
  static final String TIMER = "ccpe-drift";
  private static final Logger LOG = Logger.getLogger(DriftScheduler.class.getName());

  @Resource private TimerService timers;
  @EJB private JobBook jobs;
  @EJB private DriftChecker checker;

  @PostConstruct
  void schedule() {
    IntervalTimers.restart(timers, TIMER, ProvisioningSettings.current().driftInterval());
  }

  @Timeout
  void tick(Timer timer) {
    for (long routerId : jobs.routersWithProvisionedSites()) {
      try {
        DriftReport report = checker.check(routerId);
        long drifted = report.sites().stream().filter(DriftReport.SiteDrift::drift).count();
        if (drifted > 0 || report.unreachable() != null) {
          LOG.info("Drift check of router " + routerId + ": " + drifted + " site(s) drifted"
              + (report.unreachable() == null ? "" : "; " + report.unreachable()));
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Drift check of router " + routerId + " failed", e);
      }
    }
  }
}
