package org.ccpe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;

/** The agent's request semantics and counters, with snmp4j as the manager. */
@Timeout(60)
class SnmpAgentTest {

    static final String IF_HC_IN_OCTETS = "1.3.6.1.2.1.31.1.1.1.6";
    static final String IF_IN_OCTETS = "1.3.6.1.2.1.2.2.1.10";

    private final MutableClock clock = new MutableClock();
    private Manager manager;
    private SimulatedSnmpAgent agent;
    private CommunityTarget<UdpAddress> v2c;

    @BeforeEach
    void start() throws Exception {
        manager = new Manager();
        agent = SimulatedSnmpAgent.builder().name("mx1").community("public").clock(clock)
                .interfaces(10, i -> "ge-0/0/" + i).sparseIfIndex(true).start();
        v2c = manager.v2c(agent, "public");
    }

    @AfterEach
    void stop() throws Exception {
        agent.close();
        manager.close();
    }

    private int ifIndex(String name) {
        return agent.interfaceNamed(name).ifIndex();
    }

    private VariableBinding get(String oid) throws Exception {
        PDU response = manager.get(v2c, oid);
        assertNotNull(response, "answer to GET " + oid);
        return response.get(0);
    }

    private long counter(String column, String name) throws Exception {
        return get(column + "." + ifIndex(name)).getVariable().toLong();
    }

    @Test
    void answersSystemAndInterfaceObjectsLikeAnMx() throws Exception {
        assertTrue(get("1.3.6.1.2.1.1.1.0").getVariable().toString().startsWith("Juniper Networks, Inc. mx480"));
        assertEquals("1.3.6.1.4.1.2636.1.1.1.2.25", get("1.3.6.1.2.1.1.2.0").getVariable().toString());
        assertEquals("mx1", get("1.3.6.1.2.1.1.5.0").getVariable().toString());
        assertEquals(10, get("1.3.6.1.2.1.2.1.0").getVariable().toInt());
        int index = ifIndex("ge-0/0/3");
        assertEquals("ge-0/0/3", get("1.3.6.1.2.1.31.1.1.1.1." + index).getVariable().toString());
        assertEquals("ge-0/0/3", get("1.3.6.1.2.1.2.2.1.2." + index).getVariable().toString());
        assertEquals(1000, get("1.3.6.1.2.1.31.1.1.1.15." + index).getVariable().toLong());
        assertEquals(1_000_000_000L, get("1.3.6.1.2.1.2.2.1.5." + index).getVariable().toLong());
    }

    @Test
    void sparseIfIndexValuesHaveGaps() {
        int[] indexes = agent.interfaces().stream().mapToInt(SimulatedInterface::ifIndex).toArray();
        assertTrue(indexes[0] > 500, "MX-like ifIndex values start above 500");
        assertTrue(indexes[indexes.length - 1] - indexes[0] > indexes.length - 1, "gaps between ifIndex values");
    }

    @Test
    void tenGigabitPortsReportHighSpeedAndASaturatedIfSpeed() throws Exception {
        SimulatedInterface xe = agent.addInterface("xe-1/0/0", 0, 0);
        assertEquals(10_000, get("1.3.6.1.2.1.31.1.1.1.15." + xe.ifIndex()).getVariable().toLong());
        assertEquals(4_294_967_295L, get("1.3.6.1.2.1.2.2.1.5." + xe.ifIndex()).getVariable().toLong());
    }

    @Test
    void getTellsAMissingObjectFromAMissingInstance() throws Exception {
        assertEquals(SMIConstants.EXCEPTION_NO_SUCH_INSTANCE, get(IF_HC_IN_OCTETS + ".99999").getVariable().getSyntax());
        assertEquals(SMIConstants.EXCEPTION_NO_SUCH_INSTANCE, get("1.3.6.1.2.1.1.5.1").getVariable().getSyntax());
        assertEquals(SMIConstants.EXCEPTION_NO_SUCH_OBJECT, get("1.3.6.1.2.1.31.1.1.1.99.501").getVariable().getSyntax());
        assertEquals(SMIConstants.EXCEPTION_NO_SUCH_OBJECT, get("1.3.6.1.4.1.2636.3.1").getVariable().getSyntax());
    }

    @Test
    void getNextWalksEveryObjectInLexicographicOrderToEndOfMibView() throws Exception {
        OID oid = new OID("0");
        List<OID> walked = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            VariableBinding vb = manager.send(v2c, PDU.GETNEXT, List.of(oid)).get(0);
            if (vb.getVariable().getSyntax() == SMIConstants.EXCEPTION_END_OF_MIB_VIEW) {
                break;
            }
            assertTrue(vb.getOid().compareTo(oid) > 0, vb.getOid() + " after " + oid);
            walked.add(vb.getOid());
            oid = vb.getOid();
        }
        // 7 system + ifNumber + 15 ifTable columns and 7 ifXTable columns × 10 rows + 4 snmpEngine
        assertEquals(7 + 1 + 15 * 10 + 7 * 10 + 4, walked.size());
        assertEquals(new OID("1.3.6.1.2.1.1.1.0"), walked.get(0));
        assertEquals(new OID("1.3.6.1.6.3.10.2.1.4.0"), walked.get(walked.size() - 1));
    }

    @Test
    void getNextFromInsideARowOrAnUnknownColumnGoesOnToTheNextInstance() throws Exception {
        int first = ifIndex("ge-0/0/0");
        int second = ifIndex("ge-0/0/1");
        List<? extends VariableBinding> answer = manager.send(v2c, PDU.GETNEXT, List.of(
                new OID(IF_HC_IN_OCTETS + "." + first + ".7"), new OID("1.3.6.1.2.1.31.1.1.1.2"),
                new OID("1.3.6.1.2.1.2.2.1.20." + ifIndex("ge-0/0/9")))).getVariableBindings();
        assertEquals(new OID(IF_HC_IN_OCTETS + "." + second), answer.get(0).getOid());
        assertEquals(new OID(IF_HC_IN_OCTETS + "." + first), answer.get(1).getOid());
        assertEquals(new OID("1.3.6.1.2.1.31.1.1.1.1." + first), answer.get(2).getOid(), "ifTable ends, ifXTable follows");
    }

    @Test
    void getBulkHonoursNonRepeatersAndMaxRepetitions() throws Exception {
        PDU response = manager.bulk(v2c, 1, 4, "1.3.6.1.2.1.1.3", IF_HC_IN_OCTETS, "1.3.6.1.2.1.2.2.1.8");
        assertEquals(1 + 2 * 4, response.size());
        assertEquals(new OID("1.3.6.1.2.1.1.3.0"), response.get(0).getOid());
        List<Integer> indexes = agent.interfaces().stream().map(SimulatedInterface::ifIndex).toList();
        for (int r = 0; r < 4; r++) {
            assertEquals(new OID(IF_HC_IN_OCTETS + "." + indexes.get(r)), response.get(1 + 2 * r).getOid());
            assertEquals(new OID("1.3.6.1.2.1.2.2.1.8." + indexes.get(r)), response.get(2 + 2 * r).getOid());
        }
    }

    @Test
    void getBulkPastTheEndAnswersEndOfMibViewOnce() throws Exception {
        PDU response = manager.bulk(v2c, 0, 10, "1.3.6.1.6.3.10.2.1.3.0");
        assertEquals(2, response.size(), "snmpEngineMaxMessageSize, then the end");
        assertEquals(SMIConstants.EXCEPTION_END_OF_MIB_VIEW, response.get(1).getVariable().getSyntax());
    }

    @Test
    void getBulkStopsWhereTheResponseWouldOutgrowTheMessage() throws Exception {
        agent.close();
        agent = SimulatedSnmpAgent.builder().community("public").interfaces(3000, i -> "ge-0/0/" + i).start();
        v2c = manager.v2c(agent, "public");
        PDU response = manager.bulk(v2c, 0, 3000, "1.3.6.1.2.1.31.1.1.1.1", IF_HC_IN_OCTETS);
        assertTrue(response.size() > 1000 && response.size() < 6000, "truncated, not refused: " + response.size());
        assertEquals(PDU.noError, response.getErrorStatus());
    }

    @Test
    void countersMoveWithTheClock() throws Exception {
        agent.interfaceNamed("ge-0/0/1").traffic(8_000_000, 800_000);
        clock.advance(Duration.ofSeconds(10));
        assertEquals(10_000_000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
        assertEquals(1_000_000, counter("1.3.6.1.2.1.31.1.1.1.10", "ge-0/0/1"));
        assertEquals(10_000_000 / SimulatedInterface.AVERAGE_PACKET_OCTETS, counter("1.3.6.1.2.1.31.1.1.1.7", "ge-0/0/1"));
        assertEquals(0, counter(IF_HC_IN_OCTETS, "ge-0/0/2"));
    }

    @Test
    void variableTrafficSwingsAroundItsBaseAndNeverGoesBackwards() throws Exception {
        agent.interfaceNamed("ge-0/0/1").traffic(new Traffic(8e6, 0.5, 60, 0), Traffic.NONE);
        long previous = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int s = 0; s < 120; s += 5) {
            clock.advance(Duration.ofSeconds(5));
            long now = counter(IF_HC_IN_OCTETS, "ge-0/0/1");
            double bps = (now - previous) * 8 / 5.0;
            min = Math.min(min, bps);
            max = Math.max(max, bps);
            assertTrue(now >= previous);
            previous = now;
        }
        assertTrue(min < 6e6 && max > 10e6, "swings: " + min + ".." + max);
        assertEquals(8e6 * 120 / 8, previous, 8e6 * 120 / 8 * 0.01, "two whole periods average the base rate");
    }

    @Test
    void hcCountersWrapAt2To64() throws Exception {
        agent.interfaceNamed("ge-0/0/1").setHcCounters(-1000L, 0).traffic(8000, 0);
        assertEquals("18446744073709550616", get(IF_HC_IN_OCTETS + "." + ifIndex("ge-0/0/1")).getVariable().toString());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
    }

    @Test
    void thirtyTwoBitCountersWrapAt2To32() throws Exception {
        agent.interfaceNamed("ge-0/0/1").setHcCounters((1L << 32) - 1000, 0).traffic(8000, 0);
        assertEquals((1L << 32) - 1000, counter(IF_IN_OCTETS, "ge-0/0/1"));
        clock.advance(Duration.ofSeconds(2));
        assertEquals(1000, counter(IF_IN_OCTETS, "ge-0/0/1"));
        assertEquals((1L << 32) + 1000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
    }

    @Test
    void anInterfaceWithoutHcCountersHasNoHcInstancesAndWalksSkipIt() throws Exception {
        agent.interfaceNamed("ge-0/0/0").hcCounters(false);
        int index = ifIndex("ge-0/0/0");
        assertEquals(SMIConstants.EXCEPTION_NO_SUCH_INSTANCE, get(IF_HC_IN_OCTETS + "." + index).getVariable().getSyntax());
        assertEquals(Null.class, get(IF_HC_IN_OCTETS + "." + index).getVariable().getClass());
        PDU response = manager.bulk(v2c, 0, 1, IF_HC_IN_OCTETS);
        assertEquals(new OID(IF_HC_IN_OCTETS + "." + ifIndex("ge-0/0/1")), response.get(0).getOid());
        assertEquals("ge-0/0/0", get("1.3.6.1.2.1.31.1.1.1.1." + index).getVariable().toString(), "ifName stays");
    }

    @Test
    void trafficStopsWhileTheLinkIsDown() throws Exception {
        SimulatedInterface ge = agent.interfaceNamed("ge-0/0/1").traffic(8000, 8000);
        clock.advance(Duration.ofSeconds(1));
        ge.setOperStatus(OperStatus.DOWN);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(1000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
        assertEquals(2, get("1.3.6.1.2.1.2.2.1.8." + ge.ifIndex()).getVariable().toInt());
        assertEquals(100, get("1.3.6.1.2.1.2.2.1.9." + ge.ifIndex()).getVariable().toLong(), "ifLastChange");
        ge.setOperStatus(OperStatus.UP);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
    }

    @Test
    void restartResetsUptimeAndCountersAndBumpsEngineBoots() throws Exception {
        agent.interfaceNamed("ge-0/0/1").traffic(8000, 0);
        clock.advance(Duration.ofSeconds(100));
        assertEquals(10_000, get("1.3.6.1.2.1.1.3.0").getVariable().toLong());
        assertEquals(100_000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
        int boots = get("1.3.6.1.6.3.10.2.1.2.0").getVariable().toInt();
        agent.restart();
        assertEquals(0, get("1.3.6.1.2.1.1.3.0").getVariable().toLong());
        assertEquals(0, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
        assertEquals(boots + 1, get("1.3.6.1.6.3.10.2.1.2.0").getVariable().toInt());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1000, counter(IF_HC_IN_OCTETS, "ge-0/0/1"), "traffic goes on after the restart");
    }

    @Test
    void resettingOneInterfacesCountersSetsItsDiscontinuityTime() throws Exception {
        agent.interfaceNamed("ge-0/0/1").traffic(8000, 0);
        clock.advance(Duration.ofSeconds(30));
        agent.interfaceNamed("ge-0/0/1").resetCounters();
        assertEquals(0, counter(IF_HC_IN_OCTETS, "ge-0/0/1"));
        assertEquals(3000, counter("1.3.6.1.2.1.31.1.1.1.19", "ge-0/0/1"));
        assertEquals(0, counter("1.3.6.1.2.1.31.1.1.1.19", "ge-0/0/2"));
    }

    @Test
    void aWrongCommunityGetsNoAnswer() throws Exception {
        assertNull(manager.get(manager.v2c(agent, "private"), "1.3.6.1.2.1.1.3.0"));
        assertEquals(1, agent.requestsRefused());
        assertNotNull(manager.get(v2c, "1.3.6.1.2.1.1.3.0"));
        assertEquals(1, agent.requestsServed());
    }

    @Test
    void aMutedAgentNeverAnswersUntilUnmuted() throws Exception {
        agent.mute(true);
        assertNull(manager.get(v2c, "1.3.6.1.2.1.1.3.0"));
        agent.mute(false);
        assertNotNull(manager.get(v2c, "1.3.6.1.2.1.1.3.0"));
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        agent.latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertNotNull(manager.get(v2c, "1.3.6.1.2.1.1.3.0"));
        assertTrue(System.nanoTime() - start >= 300_000_000L);
    }

    @Test
    void bulkFaultsMisbehaveAsRealAgentsDo() throws Exception {
        agent.bulkFault(BulkFault.TRUNCATES_TO_ONE);
        assertEquals(2, manager.bulk(v2c, 0, 5, IF_HC_IN_OCTETS, IF_IN_OCTETS).size());
        agent.bulkFault(BulkFault.IGNORES_MAX_REPETITIONS);
        assertEquals(2 * 100, manager.bulk(v2c, 0, 5, "1.3.6.1.2.1.2.2.1", "1.3.6.1.2.1.31.1.1.1").size());
        agent.bulkFault(BulkFault.GETBULK_UNSUPPORTED);
        assertEquals(PDU.genErr, manager.bulk(v2c, 0, 5, IF_HC_IN_OCTETS).getErrorStatus());
        agent.bulkFault(BulkFault.TOO_BIG);
        PDU tooBig = manager.bulk(v2c, 0, 5, IF_HC_IN_OCTETS);
        assertEquals(PDU.tooBig, tooBig.getErrorStatus());
        assertEquals(0, tooBig.size());
        agent.bulkFault(BulkFault.GETBULK_IGNORED);
        assertNull(manager.bulk(v2c, 0, 5, IF_HC_IN_OCTETS));
        assertEquals(1, manager.send(v2c, PDU.GETNEXT, List.of(new OID(IF_HC_IN_OCTETS))).size(), "GETNEXT still works");
        agent.bulkFault(BulkFault.NONE);
        assertEquals(10, manager.bulk(v2c, 0, 5, IF_HC_IN_OCTETS, IF_IN_OCTETS).size());
    }

    @Test
    void interfacesComeAndGoAtRunTime() throws Exception {
        SimulatedInterface unit = agent.addInterface("ge-0/0/1.100", 0, 0);
        assertEquals(53, get("1.3.6.1.2.1.2.2.1.3." + unit.ifIndex()).getVariable().toInt(), "propVirtual");
        assertEquals(11, get("1.3.6.1.2.1.2.1.0").getVariable().toInt());
        agent.removeInterface("ge-0/0/1.100");
        assertEquals(SMIConstants.EXCEPTION_NO_SUCH_INSTANCE,
                get("1.3.6.1.2.1.31.1.1.1.1." + unit.ifIndex()).getVariable().getSyntax());
        assertThrows(IllegalArgumentException.class, () -> agent.addInterface("ge-0/0/2", 0, 0));
    }

    @Test
    void refusesToListenOutsideLoopback() {
        assertThrows(IllegalArgumentException.class, () -> SimulatedSnmpAgent.builder().bind("0.0.0.0", 0));
    }
}
