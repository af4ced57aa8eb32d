package org.ccpe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Many routers in one JVM, configured from the API or a properties file. */
@Timeout(60)
class FleetTest {

    @Test
    void startsAFleetFromAPropertiesFile(@TempDir Path dir) throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(key.getPublic()) + " test@ccpe\n");
        Files.writeString(dir.resolve("pe1.xml"), Fixtures.siteA());
        Files.writeString(dir.resolve("routers.properties"), """
                default.user = ops
                default.password = secret
                default.commitLatencyMs = 5
                fleet.count = 2
                routers = pe1
                router.pe1.configuration = pe1.xml
                router.pe1.authorizedKeys = authorized_keys
                router.pe1.junosMinuteMs = 100
                router.pe1.ping.1 = site-a 192.168.10.1 0 2
                router.pe1.lease.1 = site-a 192.168.10.20 00:11:22:33:44:55 irb.210 86400
                """);
        try (MxSimulator fleet = MxSimulator.start(FleetProperties.read(dir.resolve("routers.properties")))) {
            assertEquals(List.of("mx1", "mx2", "pe1"), fleet.routers().stream().map(SimulatedRouter::name).toList());
            SimulatedRouter pe1 = fleet.router("pe1");
            assertEquals("ops", pe1.user());
            assertEquals(Duration.ofMillis(5), pe1.knobs().commitLatency());
            assertEquals(Duration.ofMillis(100), pe1.knobs().junosMinute());
            assertTrue(pe1.runningConfiguration().contains("site-a"));
            assertEquals(0, pe1.operational().pingTarget("site-a", "192.168.10.1").lossPercent());
            assertEquals(1, pe1.operational().leases("site-a").size());
            assertTrue(loginWithKey(pe1, key), "public key from authorized_keys accepted");
            assertThrows(IOException.class, () -> loginWithKey(fleet.router("mx1"), key));
        }
    }

    @Test
    void routersOfAFleetServeSessionsConcurrently() throws Exception {
        int routers = 3;
        int sessionsPerRouter = 2;
        try (MxSimulator fleet = MxSimulator.startFleet(routers, b -> b.commitLatency(Duration.ofMillis(100)))) {
            ExecutorService pool = Executors.newFixedThreadPool(routers * sessionsPerRouter);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (SimulatedRouter router : fleet.routers()) {
                    for (int s = 0; s < sessionsPerRouter; s++) {
                        results.add(pool.submit(() -> org.ccpe.simulator.netconf.RawSessions.editAndCommit(router)));
                    }
                }
                for (Future<Boolean> result : results) {
                    assertTrue(result.get(30, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }
            for (SimulatedRouter router : fleet.routers()) {
                assertEquals(sessionsPerRouter, router.counters().commits(), router.name());
                assertEquals(sessionsPerRouter, router.counters().sessionsOpened(), router.name());
                assertEquals(0, router.counters().concurrentSessions(), router.name());
            }
        }
    }

    private static boolean loginWithKey(SimulatedRouter router, KeyPair key) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession session = client.connect(router.user(), router.host(), router.port())
                .verify(Duration.ofSeconds(10)).getSession()) {
            session.addPublicKeyIdentity(key);
            session.auth().verify(Duration.ofSeconds(10));
            return true;
        } finally {
            client.stop();
        }
    }
}
