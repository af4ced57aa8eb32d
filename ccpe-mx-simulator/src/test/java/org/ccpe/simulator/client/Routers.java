package org.ccpe.simulator.client;

import java.time.Duration;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.KnownHosts;
import org.ccpe.simulator.SimulatedRouter;

/** How the tests reach a simulated router with our client: its login, its pinned host key, short limits. */
final class Routers {

    static final Duration LIMIT = Duration.ofSeconds(5);

    private Routers() {}

    static Device.Builder device(SimulatedRouter router) {
        return Device.builder().host(router.host()).port(router.port())
                .username(router.user()).password(router.password())
                .knownHosts(KnownHosts.inMemory().add(router.host(), router.port(), router.hostKey()))
                .connectTimeout(LIMIT).replyTimeout(LIMIT).commitTimeout(LIMIT);
    }

    /** A {@code <configuration>} setting the SNMP location, the smallest change a commit can carry. */
    static String location(String location) {
        return "<configuration><snmp><location>" + location + "</location></snmp></configuration>";
    }

    /** Waits, bounded, until {@code condition} holds; false when it never did within {@link #LIMIT}. */
    static boolean eventually(Condition condition) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    interface Condition {
        boolean holds() throws Exception;
    }
}
