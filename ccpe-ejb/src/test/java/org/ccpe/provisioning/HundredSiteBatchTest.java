package org.ccpe.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.KnownHosts;
import org.ccpe.services.ServiceSettings;
import org.ccpe.simulator.SimulatedRouter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 4's benchmark shape without the server: batches of 100 sites, brought to simulated routers
 * by {@link RouterConversation}, first created, then changed, several routers at once. Asserts
 * that each batch is exactly two router commits and every site is committed; prints where each
 * batch's time went ({@link PhaseTimes}), which is how the engine's share of a batch is profiled
 * ({@code -Dprovisioning.profile.routers=10} for the benchmark's ten).
 */
@Timeout(120)
class HundredSiteBatchTest {
  private static final int SITES = 100;
  private static final int ROUTERS = Integer.getInteger("provisioning.profile.routers", 2);

  private final JunosConfigRenderer renderer = new JunosConfigRenderer();
  private final List<SimulatedRouter> routers = new ArrayList<>();

  @AfterEach
  void stop() {
    routers.forEach(SimulatedRouter::close);
  }

  @Test
  void createsThenChangesAHundredSitesPerRouterInTwoCommitsPerBatch() throws Exception {
    for (int r = 0; r < ROUTERS; r++) {
      routers.add(SimulatedRouter.builder("mx-batch" + r).user("lab", "lab123").start());
    }
    ExecutorService pool = Executors.newFixedThreadPool(ROUTERS);
    try {
      for (String round : List.of("create", "change")) {
        List<Future<PhaseTimes>> runs = new ArrayList<>();
        for (int r = 0; r < ROUTERS; r++) {
          SimulatedRouter router = routers.get(r);
          CommitBatch batch = batch(r, round);
          runs.add(pool.submit(() -> commit(router, batch)));
        }
        for (Future<PhaseTimes> run : runs) {
          System.out.println(round + ": " + run.get().totalMillis() + " ms (" + run.get() + ")");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    for (SimulatedRouter router : routers) {
      assertEquals(4, router.counters().commits(), "two batches, each commit confirmed + confirm");
      String running = router.runningConfiguration();
      assertTrue(running.contains("10.99.0.0/16"), "the change reached the router");
    }
  }

  private PhaseTimes commit(SimulatedRouter router, CommitBatch batch) throws IOException {
    Device device = Device.builder().host(router.host()).port(router.port()).username(router.user())
        .password(router.password()).knownHosts(KnownHosts.inMemory()).trustOnFirstUse(true).build();
    PhaseTimes phases = new PhaseTimes();
    List<ItemOutcome> outcomes = new RouterConversation(device::openSession, renderer, 1, phases).run(batch);
    outcomes.forEach(o -> assertEquals(JobState.COMMITTED, o.state(), o.message()));
    return phases;
  }

  private static CommitBatch batch(int router, String round) {
    String nextHop = "change".equals(round) ? "10.99.0.0/16" : "10.98.0.0/16";
    List<BatchItem> items = IntStream.range(0, SITES).mapToObj(i -> {
      int unit = 100 + i;
      String lan = "10." + (i / 200) + "." + (i % 200) + ".1/24";
      SiteContext site = new SiteContext("r" + router + "-site" + i, "Customer " + i, "Site " + i, lan, i + 1,
          "65000:" + unit, "target:65000:" + unit, "ms-1/0/0",
          List.of(new SiteContext.Link("ge-1/0/" + i % 10 + "." + unit, "ge-1/0/" + i % 10, unit, unit, "vpn")),
          new ServiceSettings(List.of(), List.of(new ServiceSettings.StaticRoute(nextHop,
              lan.substring(0, lan.lastIndexOf('.')) + ".254", null)), null, null, null, List.of(), null));
      return new BatchItem(i, site, false, 1L, i, List.of((long) i));
    }).toList();
    return new CommitBatch("b-" + round, new RouterAccess(router, "mx-batch" + router, "127.0.0.1", 0, "lab",
        "lab123", null, null), items);
  }
}
