package org.ccpe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.PDU;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.smi.OctetString;

/** SNMPv3 USM with snmp4j as the manager: discovery, both protocol pairs, security levels, reboots. */
@Timeout(60)
class SnmpV3Test {

    @Test
    void answersSha256Aes256AndSha1Aes128Users() throws Exception {
        try (SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder()
                     .usmUser("ncmon", AuthProtocol.SHA1, "authpass123", PrivProtocol.AES128, "privpass123")
                     .usmUser("ncmon256", AuthProtocol.SHA256, "authpass256", PrivProtocol.AES256, "privpass256")
                     .interfaces(4, i -> "xe-0/0/" + i).start();
             Manager manager = new Manager()) {
            PDU sha1 = manager.bulk(manager.v3(agent, "ncmon", AuthSHA.ID, "authpass123", PrivAES128.ID, "privpass123",
                    SecurityLevel.AUTH_PRIV), 0, 4, "1.3.6.1.2.1.31.1.1.1.1");
            assertNotNull(sha1);
            assertEquals(new OctetString("xe-0/0/3"), sha1.get(3).getVariable());
            PDU sha256 = manager.get(manager.v3(agent, "ncmon256", AuthHMAC192SHA256.ID, "authpass256", PrivAES256.ID,
                    "privpass256", SecurityLevel.AUTH_PRIV), "1.3.6.1.6.3.10.2.1.1.0");
            assertEquals(new OctetString(agent.engineId()), sha256.get(0).getVariable(), "snmpEngineID, learnt by discovery");
        }
    }

    @Test
    void aUserAskingBelowAuthPrivIsRefused() throws Exception {
        try (SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder()
                     .usmUser("ncmon", AuthProtocol.SHA1, "authpass123", PrivProtocol.AES128, "privpass123").start();
             Manager manager = new Manager()) {
            PDU response = manager.get(manager.v3(agent, "ncmon", AuthSHA.ID, "authpass123", PrivAES128.ID,
                    "privpass123", SecurityLevel.AUTH_NOPRIV), "1.3.6.1.2.1.1.3.0");
            assertNotNull(response);
            assertEquals(PDU.authorizationError, response.getErrorStatus());
            assertEquals(1, agent.requestsRefused());
        }
    }

    @Test
    void managersFollowARestartThroughEngineBootsAndTime() throws Exception {
        try (SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder()
                     .usmUser("ncmon", AuthProtocol.SHA1, "authpass123", PrivProtocol.AES128, "privpass123").start();
             Manager manager = new Manager()) {
            var target = manager.v3(agent, "ncmon", AuthSHA.ID, "authpass123", PrivAES128.ID, "privpass123",
                    SecurityLevel.AUTH_PRIV);
            assertEquals(1, manager.get(target, "1.3.6.1.6.3.10.2.1.2.0").get(0).getVariable().toInt());
            agent.restart();
            assertEquals(2, agent.engineBoots());
            // the manager's cached boots are stale: the agent answers notInTimeWindow, snmp4j resyncs and retries
            target.setRetries(1);
            PDU after = manager.get(target, "1.3.6.1.6.3.10.2.1.2.0");
            assertNotNull(after, "answered after the manager resynchronised");
            assertEquals(2, after.get(0).getVariable().toInt());
            assertTrue(agent.engineTime() < 5);
        }
    }
}
