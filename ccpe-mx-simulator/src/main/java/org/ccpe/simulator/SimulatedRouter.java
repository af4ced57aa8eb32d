package org.ccpe.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.ccpe.simulator.config.ConfigNode;
import org.ccpe.simulator.config.ConfigXml;
import org.ccpe.simulator.config.ConfigurationDatabase;
import org.ccpe.simulator.netconf.NetconfSubsystemFactory;
import org.ccpe.simulator.netconf.RouterContext;
import org.ccpe.simulator.netconf.SessionRegistry;
import org.ccpe.simulator.operational.DhcpLease;
import org.ccpe.simulator.operational.OperationalState;
import org.ccpe.simulator.operational.PingTarget;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;

/**
 * One simulated MX router: a NETCONF-over-SSH server on 127.0.0.1 with its own configuration
 * database, operational state, {@link Knobs} and {@link RouterCounters}, and optionally an SNMP
 * agent whose IF-MIB follows the committed configuration ({@link #snmpAgent()}).
 *
 * <pre>{@code
 * try (SimulatedRouter mx = SimulatedRouter.builder("mx1").user("lab", "lab123").start()) {
 *     mx.knobs().commitLatency(Duration.ofMillis(50));
 *     ... connect to mx.host():mx.port() ...
 *     assertEquals(1, mx.counters().commits());
 * }
 * }</pre>
 */
public final class SimulatedRouter implements AutoCloseable {

    /** Where every router listens: the loopback address only. */
    public static final String HOST = "127.0.0.1";

    private static final class SharedHostKey {
        static final KeyPair KEY = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(256);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot generate a host key", e);
            }
        }
    }

    private final String name;
    private final Builder settings;
    private final Knobs knobs;
    private final ConfigurationDatabase database;
    private final RouterCounters counters;
    private final OperationalState operational = new OperationalState();
    private final SessionRegistry sessions = new SessionRegistry();
    private final ScheduledExecutorService timer;
    private SshServer server;
    private RouterSnmp snmp;

    private SimulatedRouter(Builder builder) {
        this.name = builder.name;
        this.settings = builder;
        this.knobs = builder.knobs;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "commit-timer-" + name);
            t.setDaemon(true);
            return t;
        });
        this.database = new ConfigurationDatabase(builder.initialConfiguration, timer, Clock.systemUTC());
        this.counters = new RouterCounters(database);
        builder.pingTargets.forEach(operational::pingTarget);
        builder.leases.forEach(operational::addLease);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    private void start() throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(HOST);
        sshd.setPort(settings.port);
        CoreModuleProperties.NIO_WORKERS.set(sshd, 2);
        sshd.setKeyPairProvider(settings.hostKeyFile != null
                ? new SimpleGeneratorHostKeyProvider(settings.hostKeyFile)
                : KeyPairProvider.wrap(SharedHostKey.KEY));
        sshd.setPasswordAuthenticator((user, password, session) ->
                settings.user.equals(user) && settings.password != null && settings.password.equals(password));
        sshd.setPublickeyAuthenticator((user, key, session) ->
                settings.user.equals(user) && settings.authorizedKeys.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                if (knobs.refuseConnections()) {
                    counters.connectionRefused();
                    session.close(true);
                }
            }
        });
        RouterContext context = new RouterContext(name, database, knobs, counters, operational, sessions);
        sshd.setSubsystemFactories(List.of(new NetconfSubsystemFactory(context)));
        sshd.start();
        server = sshd;
        if (settings.snmp != null) {
            snmp = RouterSnmp.start(name, settings.snmp, database, timer);
        }
    }

    public String name() {
        return name;
    }

    public String host() {
        return HOST;
    }

    /** The port the router listens on (the real one when the builder asked for port 0). */
    public int port() {
        return server.getPort();
    }

    public String user() {
        return settings.user;
    }

    /** The SSH host key clients should pin for this router. */
    public PublicKey hostKey() {
        try {
            return server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the host key of " + name, e);
        }
    }

    public String password() {
        return settings.password;
    }

    public Knobs knobs() {
        return knobs;
    }

    public RouterCounters counters() {
        return counters;
    }

    /** The configuration database, for tests that inspect or prepare it without NETCONF. */
    public ConfigurationDatabase database() {
        return database;
    }

    public OperationalState operational() {
        return operational;
    }

    /** The running configuration as {@code <configuration>} XML. */
    public String runningConfiguration() {
        return ConfigXml.toXml(database.running());
    }

    /** The candidate configuration as {@code <configuration>} XML. */
    public String candidateConfiguration() {
        return ConfigXml.toXml(database.candidate());
    }

    public boolean hasSnmpAgent() {
        return snmp != null;
    }

    /**
     * The router's SNMP agent: its physical ports and the units of its committed configuration,
     * with moving traffic. Only when the builder asked for one ({@link Builder#snmp}).
     */
    public SimulatedSnmpAgent snmpAgent() {
        if (snmp == null) {
            throw new IllegalStateException(name + " has no SNMP agent");
        }
        return snmp.agent();
    }

    /** The SNMPv2c community of the router's agent, if it has one. */
    public Optional<String> snmpCommunity() {
        return Optional.ofNullable(settings.snmp == null ? null : settings.snmp.community);
    }

    /** Brings the agent's interfaces in line with the running configuration now, not at the next check. */
    public void syncSnmpInterfaces() {
        if (snmp != null) {
            snmp.syncWithConfiguration();
        }
    }

    /** Drops every NETCONF session at once, as a router reboot would. */
    public void dropAllSessions() {
        sessions.dropAll();
    }

    @Override
    public void close() {
        try {
            if (snmp != null) {
                snmp.close();
            }
            if (server != null) {
                server.stop(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            timer.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return name + "@" + HOST + ":" + (server == null ? settings.port : port())
                + (snmp == null ? "" : " snmp " + snmp.agent().port());
    }

    /** Settings of a router before it starts; {@link #start()} binds it. */
    public static final class Builder {
        private final String name;
        private int port;
        private String user = "lab";
        private String password = "lab123";
        private final List<PublicKey> authorizedKeys = new ArrayList<>();
        private Path hostKeyFile;
        private ConfigNode initialConfiguration = new ConfigNode("configuration");
        private final Knobs knobs = new Knobs();
        private final List<PingTarget> pingTargets = new ArrayList<>();
        private final List<DhcpLease> leases = new ArrayList<>();
        private SnmpSettings snmp;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public String name() {
            return name;
        }

        /** The TCP port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The one login the router accepts; a null password allows public keys only. */
        public Builder user(String user, String password) {
            this.user = Objects.requireNonNull(user, "user");
            this.password = password;
            return this;
        }

        public Builder authorizedKey(PublicKey key) {
            authorizedKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** Adds the keys of an OpenSSH {@code authorized_keys} file. */
        public Builder authorizedKeys(Path file) throws IOException {
            try {
                for (AuthorizedKeyEntry entry : AuthorizedKeyEntry.readAuthorizedKeys(file)) {
                    PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
                    if (key != null) {
                        authorizedKeys.add(key);
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new IOException("unreadable key in " + file, e);
            }
            return this;
        }

        /** Keeps the host key in this file (created on first start), so clients can pin it. */
        public Builder hostKeyFile(Path file) {
            this.hostKeyFile = file;
            return this;
        }

        /** The configuration the router boots with (rollback 0), a {@code <configuration>} document. */
        public Builder initialConfiguration(String configurationXml) {
            this.initialConfiguration = ConfigXml.parseConfiguration(configurationXml).stripped();
            return this;
        }

        public Builder initialConfiguration(Path file) throws IOException {
            return initialConfiguration(Files.readString(file));
        }

        public Builder commitLatency(Duration latency) {
            knobs.commitLatency(latency);
            return this;
        }

        public Builder sessionSetupLatency(Duration latency) {
            knobs.sessionSetupLatency(latency);
            return this;
        }

        /** See {@link Knobs#junosMinute(Duration)}. */
        public Builder junosMinute(Duration minute) {
            knobs.junosMinute(minute);
            return this;
        }

        public Builder pingTarget(String routingInstance, String host, int lossPercent, Duration rtt) {
            pingTargets.add(new PingTarget(routingInstance, host, lossPercent, rtt));
            return this;
        }

        public Builder dhcpLease(String routingInstance, String address, String mac, String interfaceName,
                Duration remaining) {
            leases.add(new DhcpLease(routingInstance, address, mac, interfaceName, remaining));
            return this;
        }

        /**
         * Gives the router an SNMP agent, e.g. {@code b.snmp(s -> s.port(16101).community("public"))};
         * see {@link SnmpSettings}. Without a community or user the agent answers v2c {@code public}.
         */
        public Builder snmp(Consumer<SnmpSettings> setup) {
            if (snmp == null) {
                snmp = new SnmpSettings();
            }
            setup.accept(snmp);
            if (snmp.community == null && snmp.user == null) {
                snmp.community("public");
            }
            return this;
        }

        /** Starts the router; it listens until {@link SimulatedRouter#close()}. */
        public SimulatedRouter start() throws IOException {
            SimulatedRouter router = new SimulatedRouter(this);
            try {
                router.start();
            } catch (IOException | RuntimeException e) {
                router.close();
                throw e;
            }
            return router;
        }
    }
}
