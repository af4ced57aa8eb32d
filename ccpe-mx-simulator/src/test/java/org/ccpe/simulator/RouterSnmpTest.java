package org.ccpe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.KnownHosts;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.simulator.snmp.OperStatus;
import org.ccpe.simulator.snmp.SimulatedInterface;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A router's SNMP agent follows its committed configuration, and fleets get agents from their settings. */
@Timeout(60)
class RouterSnmpTest {

    private static final String UNIT_100 = "<configuration><interfaces><interface><name>ge-0/0/1</name>"
            + "<flexible-vlan-tagging/><unit><name>100</name><vlan-id>100</vlan-id></unit></interface>"
            + "</interfaces></configuration>";

    @Test
    void aCommittedUnitBecomesAPollableInterfaceAndADeletedOneGoes() throws Exception {
        try (SimulatedRouter mx = SimulatedRouter.builder("mx1").snmp(s -> s.community("public")).start()) {
            SimulatedSnmpAgent agent = mx.snmpAgent();
            assertEquals(SnmpSettings.DEFAULT_PORTS.size(), agent.interfaces().size(), "physical ports only");
            assertFalse(agent.hasInterface("ge-0/0/1.100"));
            commit(mx, Junos.LoadAction.MERGE, UNIT_100);
            mx.syncSnmpInterfaces();
            SimulatedInterface unit = agent.interfaceNamed("ge-0/0/1.100");
            long before = snmpCounter(agent, unit);
            Thread.sleep(300);
            assertTrue(snmpCounter(agent, unit) > before, "traffic moves on the new unit");
            commit(mx, Junos.LoadAction.REPLACE, "<configuration><interfaces><interface><name>ge-0/0/1</name>"
                    + "<unit operation=\"delete\"><name>100</name></unit></interface></interfaces></configuration>");
            mx.syncSnmpInterfaces();
            assertFalse(agent.hasInterface("ge-0/0/1.100"));
            assertTrue(agent.hasInterface("ge-0/0/1"), "physical ports stay");
        }
    }

    @Test
    void aUnitOfAnUnconfirmedCommitGoesWithTheAutomaticRollback() throws Exception {
        try (SimulatedRouter mx = SimulatedRouter.builder("mx1").junosMinute(Duration.ofMillis(300))
                .snmp(s -> s.community("public")).start()) {
            Device device = device(mx);
            try (NetconfSession session = device.openSession()) {
                session.junos().loadConfiguration(Junos.LoadAction.MERGE, UNIT_100);
                session.junos().commitConfiguration(JunosCommit.commit().confirmed(Duration.ofMinutes(1)));
            }
            mx.syncSnmpInterfaces();
            assertTrue(mx.snmpAgent().hasInterface("ge-0/0/1.100"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (mx.snmpAgent().hasInterface("ge-0/0/1.100") && System.nanoTime() < deadline) {
                Thread.sleep(50); // the rollback comes after one (short) Junos minute, the sync within 250 ms
            }
            assertFalse(mx.snmpAgent().hasInterface("ge-0/0/1.100"));
            assertEquals(1, mx.database().automaticRollbacks());
        }
    }

    @Test
    void theInitialConfigurationsUnitsArePollableFromTheStart() throws Exception {
        try (SimulatedRouter pe = SimulatedRouter.builder("pe1").initialConfiguration(Fixtures.siteA())
                .snmp(s -> s.community("public").physicalPorts(List.of("ge-1/0/3"))).start()) {
            SimulatedSnmpAgent agent = pe.snmpAgent();
            assertTrue(agent.hasInterface("ge-1/0/3.210"));
            assertTrue(agent.hasInterface("irb.210"));
            assertTrue(pe.toString().contains("snmp " + agent.port()));
        }
    }

    @Test
    void aRouterWithoutSnmpHasNoAgent() throws Exception {
        try (SimulatedRouter mx = SimulatedRouter.builder("mx1").start()) {
            assertFalse(mx.hasSnmpAgent());
            assertThrows(IllegalStateException.class, mx::snmpAgent);
        }
    }

    @Test
    void fleetPropertiesAndCommandLineGiveRoutersAgents(@TempDir Path dir) throws Exception {
        try (DatagramSocket trapReceiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            trapReceiver.setSoTimeout(5000);
            Files.writeString(dir.resolve("routers.properties"), """
                    fleet.count = 2
                    default.snmpCommunity = lab
                    default.snmpUser = ncmon SHA256 authpass123 AES256 privpass123
                    default.snmpInBps = 1000000
                    routers = pe1
                    router.pe1.snmpPorts = ge-1/0/0, ge-1/0/1
                    router.pe1.snmpTrapTarget = 127.0.0.1:%d lab
                    """.formatted(trapReceiver.getLocalPort()));
            try (MxSimulator fleet = MxSimulator.start(FleetProperties.read(dir.resolve("routers.properties")))) {
                assertTrue(fleet.routers().stream().allMatch(SimulatedRouter::hasSnmpAgent));
                SimulatedSnmpAgent pe1 = fleet.router("pe1").snmpAgent();
                assertEquals(2, pe1.interfaces().size());
                pe1.interfaceNamed("ge-1/0/1").setOperStatus(OperStatus.DOWN);
                DatagramPacket trap = new DatagramPacket(new byte[2048], 2048);
                trapReceiver.receive(trap);
                assertEquals(pe1.port(), trap.getPort(), "a trap from pe1's agent");
                assertTrue(Main.describe(fleet.router("mx2")).matches(
                        "mx2 127\\.0\\.0\\.1:\\d+ user=lab snmp=127\\.0\\.0\\.1:\\d+ community=lab"),
                        Main.describe(fleet.router("mx2")));
            }
        }
        int base = threeFreeUdpPorts();
        List<SimulatedRouter.Builder> builders = Main.fleet(new String[] {"--routers", "3", "--snmp-base-port",
            String.valueOf(base), "--community", "public", "--traffic-bps", "8000000,1000000"});
        try (MxSimulator fleet = MxSimulator.start(builders)) {
            assertEquals(List.of(base, base + 1, base + 2),
                    fleet.routers().stream().map(r -> r.snmpAgent().port()).toList());
        }
        assertThrows(IllegalArgumentException.class, () -> Main.fleet(new String[] {"--routers", "-1"}));
        assertThrows(IllegalArgumentException.class, () -> Main.fleet(new String[] {"--bogus", "1"}));
        assertThrows(IllegalArgumentException.class, () -> Main.fleet(new String[0]));
    }

    /** The first of three consecutive UDP ports free right now on 127.0.0.1. */
    private static int threeFreeUdpPorts() {
        for (int base = 41_000 + (int) (ProcessHandle.current().pid() % 500) * 20; base < 60_000; base += 3) {
            try (DatagramSocket a = new DatagramSocket(base, InetAddress.getLoopbackAddress());
                 DatagramSocket b = new DatagramSocket(base + 1, InetAddress.getLoopbackAddress());
                 DatagramSocket c = new DatagramSocket(base + 2, InetAddress.getLoopbackAddress())) {
                return base;
            } catch (java.net.SocketException taken) {
                // try the next three
            }
        }
        throw new IllegalStateException("no three free UDP ports");
    }

    private static long snmpCounter(SimulatedSnmpAgent agent, SimulatedInterface unit) throws Exception {
        // read as a manager would, through the agent's port
        org.ccpe.simulator.snmp.SnmpProbe probe = new org.ccpe.simulator.snmp.SnmpProbe(agent.port(), "public");
        return probe.counter64("1.3.6.1.2.1.31.1.1.1.6." + unit.ifIndex());
    }

    private static Device device(SimulatedRouter router) {
        return Device.builder().host(router.host()).port(router.port())
                .username(router.user()).password(router.password())
                .knownHosts(KnownHosts.inMemory().add(router.host(), router.port(), router.hostKey()))
                .connectTimeout(Duration.ofSeconds(5)).replyTimeout(Duration.ofSeconds(5)).build();
    }

    private static void commit(SimulatedRouter router, Junos.LoadAction action, String configuration) throws Exception {
        try (NetconfSession session = device(router).openSession()) {
            session.junos().loadConfiguration(action, configuration);
            session.junos().commitConfiguration(JunosCommit.commit());
        }
    }
}
