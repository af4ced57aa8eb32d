package org.ccpe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.PDU;

/**
 * The monitoring benchmark's shape: 100 agents × 100 interfaces in one JVM. They must cost no
 * thread each and answer a full poll of their counters.
 */
@Timeout(120)
class ManyAgentsTest {

    @Test
    void aHundredAgentsOfAHundredInterfacesShareAFewThreadsAndAllAnswer() throws Exception {
        UdpLoop.shared(); // the shared threads exist from the first agent on; count what agents add
        int threadsBefore = Thread.activeCount();
        List<SimulatedSnmpAgent> agents = new ArrayList<>();
        try (Manager manager = new Manager()) {
            for (int a = 0; a < 100; a++) {
                SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder().name("mx" + a).community("public")
                        .interfaces(100, i -> "ge-0/0/" + i).sparseIfIndex(true).start();
                agent.interfaces().forEach(i -> i.traffic(1e6, 5e5));
                agents.add(agent);
            }
            assertTrue(Thread.activeCount() - threadsBefore <= 6,
                    "threads added by 100 agents: " + (Thread.activeCount() - threadsBefore));
            long start = System.nanoTime();
            for (SimulatedSnmpAgent agent : agents) {
                PDU response = manager.bulk(manager.v2c(agent, "public"), 1, 100, "1.3.6.1.2.1.1.3",
                        "1.3.6.1.2.1.31.1.1.1.6", "1.3.6.1.2.1.31.1.1.1.10", "1.3.6.1.2.1.2.2.1.8");
                assertNotNull(response, agent.name());
                assertEquals(1 + 3 * 100, response.size());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("100 agents x 100 interfaces: one GETBULK of 3 columns each, one after another: %d ms%n", millis);
            assertTrue(millis < 30_000, "took " + millis + " ms");
        } finally {
            agents.forEach(SimulatedSnmpAgent::close);
        }
    }
}
