package org.ccpe.bench;

import java.util.Locale;
import java.util.Properties;

/**
 * Two runs side by side against issue 4's goals: coalesced at least 20 times faster than one
 * commit per change (extrapolated linearly when that run measured a fraction of the changes),
 * and within 1.5 times the bound {@code commits needed × latency / parallel routers}.
 */
final class BenchReport {
  private BenchReport() {}

  static void print(Properties coalesced, Properties oneByOne) {
    int changes = number(coalesced, "changes");
    int routers = number(coalesced, "routers");
    double latency = number(coalesced, "commitLatencyMs") / 1000.0;
    int parallel = number(coalesced, "parallelRouters");
    double c = decimal(coalesced, "fromLastQueuedSeconds");
    double scale = (double) changes / number(oneByOne, "changes");
    double a = decimal(oneByOne, "fromLastQueuedSeconds") * scale;
    // the fewest commits: one batch per router, and every batch is two commits on the router
    // (commit confirmed, then the confirming commit), each paying the commit latency
    int needed = 2 * routers;
    double bound = needed * latency / parallel;

    System.out.println("| run | changes measured | from last change queued to all committed | batches | commits on the routers | peak heap (server) | peak DB connections |");
    System.out.println("|---|---|---|---|---|---|---|");
    row("coalesced (as configured)", coalesced, 1);
    row("(a) one commit per change (`max-sites-per-commit=1`)", oneByOne, scale);
    System.out.printf(Locale.ROOT, "| (b) bound: %d commits × %.0f s / %d parallel routers | | %.1f s | %d | %d | | |%n",
        needed, latency, parallel, bound, routers, needed);
    System.out.println();
    System.out.printf(Locale.ROOT, "(a) / coalesced = %.1f× (goal ≥ 20×: %s)%n", a / c, a / c >= 20 ? "met" : "MISSED");
    System.out.printf(Locale.ROOT, "coalesced / (b) = %.2f× (goal ≤ 1.5×: %s)%n", c / bound, c / bound <= 1.5 ? "met" : "MISSED");
    System.out.printf(Locale.ROOT, "coalesced, each router's last batch: claimed at most %s s after the last change"
            + " was queued (negative: before), and took at most %s s (two commits of %.0f s each)%n",
        coalesced.getProperty("finalBatchClaimedAfterLastQueuedSeconds"), coalesced.getProperty("finalBatchLongestSeconds"),
        latency);
    System.out.printf(Locale.ROOT, "coalesced, CPU from the last change queued until all were committed: server %s s,"
            + " simulators (harness JVM) %s s, of at most %.1f s that 2 cores give in %.1f s; load average then %s%n",
        coalesced.getProperty("serverCpuSecondsAfterLastQueued", "?"),
        coalesced.getProperty("simulatorsCpuSecondsAfterLastQueued", "?"), 2 * c, c, coalesced.getProperty("load", "?"));
  }

  private static void row(String name, Properties p, double scale) {
    double measured = decimal(p, "fromLastQueuedSeconds");
    String time = scale == 1 ? String.format(Locale.ROOT, "%.1f s", measured)
        : String.format(Locale.ROOT, "%.1f s measured → **%.0f s** for %d (×%.0f, linear)", measured,
            measured * scale, Math.round(number(p, "changes") * scale), scale);
    System.out.printf(Locale.ROOT, "| %s | %d (queued in %s s) | %s | %s | %s | %s MiB | %s |%n", name,
        number(p, "changes"), p.getProperty("queueSeconds"), time, p.getProperty("batches"),
        p.getProperty("routerCommits"), p.getProperty("peakHeapMiB", "?"),
        p.getProperty("peakDbConnections", "?"));
  }

  private static int number(Properties p, String key) {
    return Integer.parseInt(p.getProperty(key).strip());
  }

  private static double decimal(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key).strip());
  }
}
