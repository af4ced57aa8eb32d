package org.ccpe.simulator.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.PDU;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.VariableBinding;

/**
 * The agent against Debian's net-snmp tools: {@code snmpget}, {@code snmpbulkwalk} (v2c and v3
 * authPriv SHA/AES-128) and a private {@code snmptrapd} receiving its traps, so the agent speaks
 * SNMP as the rest of the world does, not only as snmp4j does.
 */
@Timeout(120)
class NetSnmpInteropTest {

    static final String IF_X_ENTRY = "1.3.6.1.2.1.31.1.1.1";
    private static SimulatedSnmpAgent agent;

    @BeforeAll
    static void start() throws Exception {
        agent = SimulatedSnmpAgent.builder().name("mx-interop").community("public")
                .usmUser("ncmon", AuthProtocol.SHA1, "authpass123", PrivProtocol.AES128, "privpass123")
                .interfaces(40, i -> "ge-0/0/" + i).sparseIfIndex(true).start();
        agent.interfaceNamed("ge-0/0/3").traffic(80e6, 8e6);
    }

    @AfterAll
    static void stop() {
        agent.close();
    }

    @Test
    void snmpbulkwalkOverV2cSeesWhatGetNextSees() throws Exception {
        NetSnmp.Result walk = NetSnmp.v2c("snmpbulkwalk", agent.port(), "-Cr25", IF_X_ENTRY);
        assertEquals(0, walk.exitCode(), walk.output());
        List<String> walked = walk.bindings().stream().map(b -> b[0]).toList();
        assertEquals(7 * 40, walked.size());
        try (Manager manager = new Manager()) {
            List<String> byGetNext = new ArrayList<>();
            OID oid = new OID(IF_X_ENTRY);
            for (int i = 0; i < 1000; i++) {
                VariableBinding vb = manager.send(manager.v2c(agent, "public"), PDU.GETNEXT, List.of(oid)).get(0);
                if (!vb.getOid().startsWith(new OID(IF_X_ENTRY))) {
                    break;
                }
                byGetNext.add(vb.getOid().toDottedString());
                oid = vb.getOid();
            }
            assertEquals(byGetNext, walked);
        }
        int index = agent.interfaceNamed("ge-0/0/3").ifIndex();
        assertTrue(walk.output().contains("." + IF_X_ENTRY + ".1." + index + " = STRING: \"ge-0/0/3\""), walk.output());
        assertTrue(walk.output().contains("." + IF_X_ENTRY + ".6." + index + " = Counter64: "));
    }

    @Test
    void snmpbulkwalkOverV3AuthPrivReadsTheInterfaceNames() throws Exception {
        NetSnmp.Result walk = NetSnmp.run("snmpbulkwalk", NetSnmp.V3_SHA_AES, agent.port(), IF_X_ENTRY + ".1");
        assertEquals(0, walk.exitCode(), walk.output());
        assertEquals(40, walk.bindings().size());
        assertEquals("STRING: \"ge-0/0/0\"", walk.bindings().get(0)[1]);
    }

    @Test
    void snmpgetOverV3SeesCountersMoveAndTheMissingAsMissing() throws Exception {
        int index = agent.interfaceNamed("ge-0/0/3").ifIndex();
        String hcIn = IF_X_ENTRY + ".6." + index;
        long first = counter(NetSnmp.run("snmpget", NetSnmp.V3_SHA_AES, agent.port(), hcIn));
        Thread.sleep(300);
        NetSnmp.Result get = NetSnmp.run("snmpget", NetSnmp.V3_SHA_AES, agent.port(), hcIn, IF_X_ENTRY + ".6.99999",
                IF_X_ENTRY + ".99." + index);
        assertTrue(counter(get) > first, get.output());
        assertTrue(get.output().contains("No Such Instance"), get.output());
        assertTrue(get.output().contains("No Such Object"), get.output());
    }

    @Test
    void aWrongPassphraseOrUserIsRefusedWithAUsmReport() throws Exception {
        List<String> wrongAuth = new ArrayList<>(NetSnmp.V3_SHA_AES);
        wrongAuth.set(wrongAuth.indexOf("authpass123"), "wrongpass123");
        NetSnmp.Result wrong = NetSnmp.run("snmpget", wrongAuth, agent.port(), "1.3.6.1.2.1.1.3.0");
        assertNotEquals(0, wrong.exitCode());
        assertTrue(wrong.output().contains("Authentication failure"), wrong.output());
        List<String> unknown = new ArrayList<>(NetSnmp.V3_SHA_AES);
        unknown.set(unknown.indexOf("ncmon"), "nobody");
        NetSnmp.Result nobody = NetSnmp.run("snmpget", unknown, agent.port(), "1.3.6.1.2.1.1.3.0");
        assertTrue(nobody.output().contains("Unknown user name"), nobody.output());
        NetSnmp.Result community = NetSnmp.run("snmpget", List.of("-v2c", "-c", "private"), agent.port(), "1.3.6.1.2.1.1.3.0");
        assertTrue(community.output().contains("Timeout"), community.output());
    }

    @Test
    void snmptrapdReceivesLinkDownOverV2cAndV3(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        int port = NetSnmp.freeUdpPort();
        Path conf = dir.resolve("snmptrapd.conf");
        Path log = dir.resolve("traps.log");
        // as in /work/shared/peers/snmptrapd-peer.sh: the v3 trap user is bound to the sender's engine ID
        Files.writeString(conf, """
                authCommunity log public
                createUser -e 0x8000000001020304 trapuser SHA "authpass123" AES "privpass123"
                authUser log trapuser priv
                format2 TRAP %b: %v\\n
                """);
        Process trapd = new ProcessBuilder("snmptrapd", "-f", "-C", "-c", conf.toString(), "-m", "", "-On", "-n",
                "-Lf", log.toString(), "udp:127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        try {
            waitFor(log, "NET-SNMP version");
            try (SimulatedSnmpAgent v2c = SimulatedSnmpAgent.builder().community("public")
                         .addInterface("ge-0/0/7", 517, 0).trapTarget("127.0.0.1", port, "public").start();
                 SimulatedSnmpAgent v3 = SimulatedSnmpAgent.builder().community("public")
                         .engineId(HexFormat.of().parseHex("8000000001020304"))
                         .addInterface("xe-1/0/3", 623, 0)
                         .trapTargetV3("127.0.0.1", port, "trapuser", AuthProtocol.SHA1, "authpass123",
                                 PrivProtocol.AES128, "privpass123").start()) {
                v2c.interfaceNamed("ge-0/0/7").setOperStatus(OperStatus.DOWN);
                v3.interfaceNamed("xe-1/0/3").setOperStatus(OperStatus.DOWN);
                String traps = waitFor(log, "xe-1/0/3");
                traps = waitFor(log, "ge-0/0/7");
                assertTrue(traps.contains(".1.3.6.1.6.3.1.1.4.1.0 = OID: .1.3.6.1.6.3.1.1.5.3"), traps);
                assertTrue(traps.contains(".1.3.6.1.2.1.2.2.1.8.517 = INTEGER: 2"), traps);
                assertTrue(traps.contains(".1.3.6.1.2.1.2.2.1.1.623 = INTEGER: 623"), traps);
                v2c.interfaceNamed("ge-0/0/7").setOperStatus(OperStatus.UP);
                waitFor(log, ".1.3.6.1.6.3.1.1.5.4");
                assertEquals(2, v2c.trapsSent());
            }
        } finally {
            trapd.destroy();
            trapd.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String waitFor(Path log, String text) throws Exception {
        for (int i = 0; i < 100; i++) {
            String content = Files.exists(log) ? Files.readString(log) : "";
            if (content.contains(text)) {
                return content;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' in " + (Files.exists(log) ? Files.readString(log) : "(no log)"));
    }

    private static long counter(NetSnmp.Result get) {
        String value = get.bindings().get(0)[1];
        assertTrue(value.startsWith("Counter64: "), value);
        return Long.parseLong(value.substring("Counter64: ".length()));
    }

    static boolean isEndOfMib(VariableBinding vb) {
        return vb.getVariable().getSyntax() == SMIConstants.EXCEPTION_END_OF_MIB_VIEW;
    }
}
