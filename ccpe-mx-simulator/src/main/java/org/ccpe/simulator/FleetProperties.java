package org.ccpe.simulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ccpe.simulator.snmp.AuthProtocol;
import org.ccpe.simulator.snmp.PrivProtocol;

/**
 * Reads a fleet from a properties file. Paths are relative to the file.
 *
 * <pre>
 * # every router, unless it says otherwise
 * default.user = lab
 * default.password = lab123
 * default.commitLatencyMs = 20
 * # N routers mx1..mxN on consecutive ports (0: free ports)
 * fleet.count = 10
 * fleet.basePort = 18300
 * # named routers
 * routers = pe1, pe2
 * router.pe1.port = 18830
 * router.pe1.configuration = pe1.xml
 * router.pe1.authorizedKeys = authorized_keys
 * router.pe1.hostKey = pe1-hostkey.ser
 * router.pe1.sessionSetupLatencyMs = 100
 * router.pe1.junosMinuteMs = 1000
 * # routing-instance host loss% rtt-ms
 * router.pe1.ping.1 = site-a 192.168.10.1 0 2
 * # routing-instance address mac interface seconds-left
 * router.pe1.lease.1 = site-a 192.168.10.20 00:11:22:33:44:55 irb.210 86400
 * # SNMP agents (any snmp* setting gives routers one): mx1..mxN on consecutive UDP ports
 * fleet.snmpBasePort = 16101
 * default.snmpCommunity = public
 * # user auth(SHA1|SHA256) auth-passphrase priv(AES128|AES256) priv-passphrase
 * default.snmpUser = ncmon SHA1 authpass123 AES128 privpass123
 * default.snmpInBps = 20000000
 * default.snmpOutBps = 5000000
 * default.snmpVariation = 0.3
 * router.pe1.snmpPort = 16100
 * router.pe1.snmpPorts = ge-1/0/0, ge-1/0/1, ge-1/0/2, ge-1/0/3
 * # host:port community: where linkUp/linkDown traps go
 * default.snmpTrapTarget = 127.0.0.1:10162 public
 * </pre>
 */
public final class FleetProperties {

    private final Properties properties;
    private final Path base;

    private FleetProperties(Properties properties, Path base) {
        this.properties = properties;
        this.base = base;
    }

    public static List<SimulatedRouter.Builder> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Path dir = file.toAbsolutePath().getParent();
        return new FleetProperties(properties, dir).builders();
    }

    public static List<SimulatedRouter.Builder> read(Properties properties, Path base) throws IOException {
        return new FleetProperties(properties, base).builders();
    }

    private List<SimulatedRouter.Builder> builders() throws IOException {
        List<SimulatedRouter.Builder> builders = new ArrayList<>();
        int count = Integer.parseInt(properties.getProperty("fleet.count", "0").trim());
        int basePort = Integer.parseInt(properties.getProperty("fleet.basePort", "0").trim());
        String snmpBase = properties.getProperty("fleet.snmpBasePort");
        String prefix = properties.getProperty("fleet.prefix", "mx").trim();
        for (int i = 1; i <= count; i++) {
            SimulatedRouter.Builder builder = router(prefix + i, basePort == 0 ? 0 : basePort + i - 1);
            if (snmpBase != null) {
                int base = Integer.parseInt(snmpBase.trim());
                int snmpPort = base == 0 ? 0 : base + i - 1;
                builder.snmp(s -> s.port(snmpPort));
            }
            builders.add(builder);
        }
        for (String name : properties.getProperty("routers", "").split("[,\\s]+")) {
            if (!name.isBlank()) {
                builders.add(router(name, Integer.parseInt(setting(name, "port", "0"))));
            }
        }
        return builders;
    }

    private SimulatedRouter.Builder router(String name, int port) throws IOException {
        SimulatedRouter.Builder builder = SimulatedRouter.builder(name).port(port)
                .user(setting(name, "user", "lab"), setting(name, "password", "lab123"))
                .commitLatency(millis(name, "commitLatencyMs"))
                .sessionSetupLatency(millis(name, "sessionSetupLatencyMs"));
        String minute = setting(name, "junosMinuteMs", null);
        if (minute != null) {
            builder.junosMinute(Duration.ofMillis(Long.parseLong(minute.trim())));
        }
        String configuration = setting(name, "configuration", null);
        if (configuration != null) {
            builder.initialConfiguration(base.resolve(configuration.trim()));
        }
        String keys = setting(name, "authorizedKeys", null);
        if (keys != null) {
            builder.authorizedKeys(base.resolve(keys.trim()));
        }
        String hostKey = setting(name, "hostKey", null);
        if (hostKey != null) {
            builder.hostKeyFile(base.resolve(hostKey.trim()));
        }
        for (String[] ping : entries(name, "ping", 4)) {
            builder.pingTarget(ping[0], ping[1], Integer.parseInt(ping[2]), Duration.ofMillis(Long.parseLong(ping[3])));
        }
        for (String[] lease : entries(name, "lease", 5)) {
            builder.dhcpLease(lease[0], lease[1], lease[2], lease[3], Duration.ofSeconds(Long.parseLong(lease[4])));
        }
        snmp(name, builder);
        return builder;
    }

    /** The router's SNMP agent, when any of its (or the default) snmp* settings is present. */
    private void snmp(String name, SimulatedRouter.Builder builder) {
        List<String> keys = List.of("snmpPort", "snmpCommunity", "snmpUser", "snmpInBps", "snmpOutBps",
                "snmpVariation", "snmpPorts", "snmpTrapTarget");
        if (keys.stream().allMatch(k -> setting(name, k, null) == null)) {
            return;
        }
        builder.snmp(s -> {
            s.port(Integer.parseInt(setting(name, "snmpPort", "0").trim()));
            String community = setting(name, "snmpCommunity", null);
            if (community != null) {
                s.community(community.trim());
            }
            String user = setting(name, "snmpUser", null);
            if (user != null) {
                String[] u = user.trim().split("\\s+");
                if (u.length != 5) {
                    throw new IllegalArgumentException("snmpUser needs: user SHA1|SHA256 authpass AES128|AES256 privpass");
                }
                s.user(u[0], AuthProtocol.valueOf(u[1]), u[2], PrivProtocol.valueOf(u[3]), u[4]);
            }
            s.traffic(Double.parseDouble(setting(name, "snmpInBps", "20000000").trim()),
                    Double.parseDouble(setting(name, "snmpOutBps", "5000000").trim()),
                    Double.parseDouble(setting(name, "snmpVariation", "0.3").trim()));
            String trapTarget = setting(name, "snmpTrapTarget", null);
            if (trapTarget != null) {
                String[] t = trapTarget.trim().split("\\s+");
                int colon = t[0].lastIndexOf(':');
                if (t.length != 2 || colon < 0) {
                    throw new IllegalArgumentException("snmpTrapTarget needs: host:port community");
                }
                s.trapTarget(t[0].substring(0, colon), Integer.parseInt(t[0].substring(colon + 1)), t[1]);
            }
            String ports = setting(name, "snmpPorts", null);
            if (ports != null) {
                s.physicalPorts(List.of(ports.trim().split("[,\\s]+")));
            }
        });
    }

    /** A router's own setting, else the default one, else {@code fallback}. */
    private String setting(String router, String key, String fallback) {
        return properties.getProperty("router." + router + "." + key, properties.getProperty("default." + key, fallback));
    }

    private Duration millis(String router, String key) {
        return Duration.ofMillis(Long.parseLong(setting(router, key, "0").trim()));
    }

    /** The whitespace-separated fields of {@code router.NAME.KIND.*} entries, in key order. */
    private List<String[]> entries(String router, String kind, int fields) {
        String prefix = "router." + router + "." + kind + ".";
        List<String[]> entries = new ArrayList<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted().forEach(k -> {
            String[] parts = properties.getProperty(k).trim().split("\\s+");
            if (parts.length != fields) {
                throw new IllegalArgumentException(k + " needs " + fields + " fields: " + properties.getProperty(k));
            }
            entries.add(parts);
        });
        return entries;
    }
}
