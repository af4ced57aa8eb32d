package org.ccpe.simulator.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.OctetString;

/**
 * The SNMP agent of a simulated MX router: IF-MIB over v2c and v3 (USM authPriv), on one UDP
 * port of 127.0.0.1, with knobs for the ways real agents fail (silence, latency, GETBULK
 * faults, restarts, counter wraps) and linkUp/linkDown traps.
 *
 * <pre>{@code
 * try (SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder()
 *         .community("public")
 *         .usmUser("ncmon", AuthProtocol.SHA1, "authpass123", PrivProtocol.AES128, "privpass123")
 *         .interfaces(100, i -> "ge-0/0/" + i).sparseIfIndex(true)
 *         .start()) {
 *     agent.interfaceNamed("ge-0/0/1").traffic(80e6, 20e6);
 *     ... poll 127.0.0.1:agent.port() ...
 * }
 * }</pre>
 *
 * <p>Agents are cheap: they share one selector thread and a small worker pool per JVM (see
 * {@link UdpLoop}); their counters are computed from the clock when read.
 */
public final class SimulatedSnmpAgent implements AutoCloseable {

    /** The largest message the agent sends or accepts (the UDP maximum net-snmp uses too). */
    static final int MAX_MESSAGE_SIZE = 65_507;

    private static final Logger LOG = Logger.getLogger(SimulatedSnmpAgent.class.getName());

    static {
        // snmp4j 3.13 leaves SHA-1 out of its defaults; routers still use it widely
        SecurityProtocols protocols = SecurityProtocols.getInstance().addDefaultProtocols();
        protocols.addAuthenticationProtocol(new AuthSHA());
        protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
        protocols.addPrivacyProtocol(new PrivAES256());
        // A report about a wrong digest must go out unauthenticated, or the manager (which
        // cannot check it either) drops it and sees a timeout instead of "wrong password".
        // JVM-wide in snmp4j, but only agents send reports.
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
    }

    private final String name;
    private final Clock clock;
    private final OctetString community;
    private final Map<String, UsmUserSpec> users;
    private final byte[] engineId;
    private final boolean sparseIfIndex;
    private final AgentMib mib = new AgentMib(this);
    private final Responder responder = new Responder(mib);
    private final List<TrapTarget> trapTargets = new CopyOnWriteArrayList<>();
    private final AtomicLong requestsServed = new AtomicLong();
    private final AtomicLong requestsRefused = new AtomicLong();
    private final AtomicLong trapsSent = new AtomicLong();

    private volatile Rows rows = Rows.EMPTY;
    private volatile long startMillis;
    private volatile boolean muted;
    private volatile Duration latency = Duration.ZERO;
    private volatile BulkFault bulkFault = BulkFault.NONE;

    private AgentTransport transport;
    private MessageDispatcherImpl dispatcher;
    private USM usm;

    private SimulatedSnmpAgent(Builder builder) {
        this.name = builder.name;
        this.clock = builder.clock;
        this.community = builder.community == null ? null : new OctetString(builder.community);
        this.users = Map.copyOf(builder.users);
        this.engineId = builder.engineId != null ? builder.engineId.clone()
                : MPv3.createLocalEngineID(new OctetString(name + "@" + System.identityHashCode(this)));
        this.sparseIfIndex = builder.sparseIfIndex;
        this.startMillis = clock.millis();
        this.latency = builder.latency;
        this.trapTargets.addAll(builder.trapTargets);
        addInterfaces(builder.interfaces);
    }

    public static Builder builder() {
        return new Builder();
    }

    private void start(String host, int port) throws IOException {
        transport = new AgentTransport(host, port, () -> muted);
        usm = new USM(SecurityProtocols.getInstance(), new OctetString(engineId), 1);
        for (UsmUserSpec user : users.values()) {
            usm.addUser(new OctetString(user.name()), new OctetString(engineId), user.toUsmUser());
        }
        for (TrapTarget target : trapTargets) {
            addTrapUser(target);
        }
        dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        dispatcher.addTransportMapping(transport);
        dispatcher.addCommandResponder(new Requests());
        transport.addTransportListener(dispatcher);
        transport.listen();
    }

    // ---- identity ----

    public String name() {
        return name;
    }

    public String host() {
        return transport.getListenAddress().getInetAddress().getHostAddress();
    }

    /** The UDP port the agent listens on (the real one when the builder asked for port 0). */
    public int port() {
        return transport.port();
    }

    /** The agent's snmpEngineID (managers learn it by discovery; traps are sent with it). */
    public byte[] engineId() {
        return engineId.clone();
    }

    public int engineBoots() {
        return usm.getEngineBoots();
    }

    public int engineTime() {
        return usm.getEngineTime();
    }

    /** sysUpTime in hundredths of a second since the agent (re)started. */
    public long sysUpTime() {
        return (nowMillis() - startMillis) / 10;
    }

    long nowMillis() {
        return clock.millis();
    }

    // ---- interfaces ----

    /** Adds a row to the IF-MIB; {@code ifIndex} 0 picks the next one (sparse if the builder said so). */
    public SimulatedInterface addInterface(String interfaceName, int ifIndex, long speedMbps) {
        return addInterfaces(List.of(new InterfaceSpec(interfaceName, ifIndex, speedMbps))).get(0);
    }

    /** Adds rows in one step (one new snapshot of the table, however many rows). */
    synchronized List<SimulatedInterface> addInterfaces(List<InterfaceSpec> specs) {
        List<SimulatedInterface> all = new ArrayList<>(rows.ordered);
        Map<String, SimulatedInterface> names = new HashMap<>(rows.byName);
        Set<Integer> taken = new HashSet<>(rows.byIndex.keySet());
        int last = rows.indexes.length == 0 ? (sparseIfIndex ? 500 : 0) : rows.indexes[rows.indexes.length - 1];
        List<SimulatedInterface> added = new ArrayList<>();
        for (InterfaceSpec spec : specs) {
            if (names.containsKey(spec.name())) {
                throw new IllegalArgumentException("interface " + spec.name() + " exists");
            }
            int index = spec.ifIndex() != 0 ? spec.ifIndex() : nextIfIndex(last, taken.size());
            if (!taken.add(index)) {
                throw new IllegalArgumentException("ifIndex " + index + " is taken");
            }
            last = Math.max(last, index);
            SimulatedInterface row = new SimulatedInterface(this, spec.name(), index,
                    spec.speedMbps() != 0 ? spec.speedMbps() : defaultSpeedMbps(spec.name()));
            names.put(row.name(), row);
            all.add(row);
            added.add(row);
        }
        rows = Rows.of(all);
        return added;
    }

    /** Removes a row, as a deleted logical unit disappears from a router's IF-MIB. */
    public synchronized void removeInterface(String interfaceName) {
        rows = rows.without(interfaceNamed(interfaceName));
    }

    public SimulatedInterface interfaceNamed(String interfaceName) {
        SimulatedInterface found = rows.byName.get(interfaceName);
        if (found == null) {
            throw new NoSuchElementException("no interface " + interfaceName + " on " + name);
        }
        return found;
    }

    public boolean hasInterface(String interfaceName) {
        return rows.byName.containsKey(interfaceName);
    }

    /** Every interface in ifIndex order. */
    public List<SimulatedInterface> interfaces() {
        return rows.ordered;
    }

    int[] ifIndexes() {
        return rows.indexes;
    }

    SimulatedInterface interfaceAt(int ifIndex) {
        return rows.byIndex.get(ifIndex);
    }

    private int nextIfIndex(int last, int count) {
        if (!sparseIfIndex) {
            return last + 1;
        }
        // MX-like gaps: ifIndex values are allocated as the kernel creates interfaces, not densely
        return last + 1 + Math.floorMod(last * 31 + count, 5);
    }

    private static long defaultSpeedMbps(String interfaceName) {
        if (interfaceName.startsWith("xe-")) {
            return 10_000;
        }
        if (interfaceName.startsWith("et-")) {
            return 100_000;
        }
        return 1_000;
    }

    // ---- knobs ----

    /** With true the agent reads and drops every request, as a dead or unreachable agent. */
    public void mute(boolean mute) {
        this.muted = mute;
    }

    /** Every answer goes out this much later. */
    public void latency(Duration delay) {
        this.latency = Objects.requireNonNull(delay, "delay");
    }

    public void bulkFault(BulkFault fault) {
        this.bulkFault = Objects.requireNonNull(fault, "fault");
    }

    /**
     * A reboot: sysUpTime starts again from 0, every counter from 0, snmpEngineBoots goes up by
     * one and snmpEngineTime restarts (so managers must rediscover the engine's clock).
     */
    public synchronized void restart() {
        startMillis = nowMillis();
        usm.setLocalEngine(new OctetString(engineId), usm.getEngineBoots() + 1, 0);
        for (SimulatedInterface i : rows.ordered) {
            i.restarted();
        }
    }

    // ---- traps ----

    /** Sends linkUp/linkDown as SNMPv2c traps to {@code host:port} with {@code trapCommunity}. */
    public void trapTarget(String host, int port, String trapCommunity) {
        trapTargets.add(TrapTarget.v2c(host, port, trapCommunity));
    }

    /** Sends linkUp/linkDown as SNMPv3 authPriv traps; the agent is the authoritative engine. */
    public void trapTargetV3(String host, int port, String user, AuthProtocol auth, String authPassphrase,
            PrivProtocol priv, String privPassphrase) {
        TrapTarget target = TrapTarget.v3(host, port, new UsmUserSpec(user, auth, authPassphrase, priv, privPassphrase));
        addTrapUser(target);
        trapTargets.add(target);
    }

    private void addTrapUser(TrapTarget target) {
        if (usm != null && target.user() != null) {
            usm.addUser(new OctetString(target.user().name()), new OctetString(engineId), target.user().toUsmUser());
        }
    }

    void linkChanged(SimulatedInterface changed) {
        if (dispatcher == null) {
            return; // still being built
        }
        for (TrapTarget target : trapTargets) {
            try {
                PDU trap = Notifications.linkTrap(this, changed, target.user() != null);
                dispatcher.sendPdu(transport, target.target(engineId), trap, false);
                trapsSent.incrementAndGet();
            } catch (MessageException e) {
                LOG.log(Level.WARNING, name + ": trap to " + target + " not sent", e);
            }
        }
    }

    // ---- counters for tests ----

    /** Requests answered (including error answers), since start. */
    public long requestsServed() {
        return requestsServed.get();
    }

    /** Requests dropped for a wrong community or refused for a too low security level. */
    public long requestsRefused() {
        return requestsRefused.get();
    }

    public long trapsSent() {
        return trapsSent.get();
    }

    @Override
    public void close() {
        try {
            if (transport != null) {
                transport.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " snmp@" + (transport == null ? "-" : host() + ":" + port());
    }

    /** Takes each request snmp4j decoded (and USM authenticated) and answers it. */
    private final class Requests implements CommandResponder {
        @Override
        public <A extends org.snmp4j.smi.Address> void processPdu(CommandResponderEvent<A> event) {
            event.setProcessed(true);
            PDU response;
            if (!admitted(event)) {
                requestsRefused.incrementAndGet();
                if (event.getMessageProcessingModel() != MessageProcessingModel.MPv3) {
                    return; // a wrong community gets silence, as on a real router
                }
                response = (PDU) event.getPDU().clone();
                response.setType(PDU.RESPONSE);
                response.setErrorStatus(PDU.authorizationError);
                response.setErrorIndex(0);
            } else {
                response = responder.answer(event.getPDU(),
                        Math.min(event.getMaxSizeResponsePDU(), MAX_MESSAGE_SIZE), bulkFault);
            }
            if (response == null) {
                return;
            }
            Duration delay = latency;
            if (delay.isZero()) {
                send(event, response);
            } else {
                UdpLoop.shared().scheduler().schedule(() -> send(event, response), delay.toNanos(), TimeUnit.NANOSECONDS);
            }
        }

        private boolean admitted(CommandResponderEvent<?> event) {
            if (event.getMessageProcessingModel() == MessageProcessingModel.MPv2c) {
                return community != null && community.equals(new OctetString(event.getSecurityName()));
            }
            UsmUserSpec user = users.get(new String(event.getSecurityName(), StandardCharsets.UTF_8));
            return user != null && event.getSecurityLevel() >= SecurityLevel.AUTH_PRIV;
        }

        private <A extends org.snmp4j.smi.Address> void send(CommandResponderEvent<A> event, PDU response) {
            requestsServed.incrementAndGet(); // before the answer leaves, so a test that got it sees the count
            try {
                event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                        event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                        event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
            } catch (MessageException e) {
                LOG.log(Level.FINE, name + ": answer not sent", e);
            }
        }
    }

    /** The agent's interfaces, replaced as a whole on change so readers never lock. */
    private record Rows(int[] indexes, List<SimulatedInterface> ordered, Map<Integer, SimulatedInterface> byIndex,
            Map<String, SimulatedInterface> byName) {

        static final Rows EMPTY = new Rows(new int[0], List.of(), Map.of(), Map.of());

        Rows without(SimulatedInterface removed) {
            List<SimulatedInterface> all = new ArrayList<>(ordered);
            all.remove(removed);
            return of(all);
        }

        private static Rows of(List<SimulatedInterface> all) {
            all.sort((a, b) -> Integer.compareUnsigned(a.ifIndex(), b.ifIndex()));
            Map<Integer, SimulatedInterface> byIndex = new HashMap<>();
            Map<String, SimulatedInterface> byName = new HashMap<>();
            for (SimulatedInterface i : all) {
                byIndex.put(i.ifIndex(), i);
                byName.put(i.name(), i);
            }
            return new Rows(all.stream().mapToInt(SimulatedInterface::ifIndex).toArray(), List.copyOf(all),
                    byIndex, byName);
        }
    }

    record InterfaceSpec(String name, int ifIndex, long speedMbps) {}

    /** Settings of an agent before it starts. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String name = "mx";
        private Clock clock = Clock.systemUTC();
        private String community;
        private final Map<String, UsmUserSpec> users = new LinkedHashMap<>();
        private byte[] engineId;
        private boolean sparseIfIndex;
        private Duration latency = Duration.ZERO;
        private final List<InterfaceSpec> interfaces = new ArrayList<>();
        private final List<TrapTarget> trapTargets = new ArrayList<>();

        private Builder() {}

        /** The UDP address; port 0 (the default) picks a free one. Loopback addresses only. */
        public Builder bind(String bindHost, int bindPort) {
            if (!bindHost.startsWith("127.")) {
                throw new IllegalArgumentException("the simulator listens on 127.0.0.0/8 only: " + bindHost);
            }
            this.host = bindHost;
            this.port = bindPort;
            return this;
        }

        /** sysName. */
        public Builder name(String sysName) {
            this.name = Objects.requireNonNull(sysName, "sysName");
            return this;
        }

        /** The clock counters and sysUpTime follow (tests move it by hand). */
        public Builder clock(Clock agentClock) {
            this.clock = Objects.requireNonNull(agentClock, "clock");
            return this;
        }

        /** The SNMPv2c community; without one the agent answers SNMPv3 only. */
        public Builder community(String readCommunity) {
            this.community = Objects.requireNonNull(readCommunity, "community");
            return this;
        }

        /** An SNMPv3 user; the agent answers it at authPriv only. */
        public Builder usmUser(String user, AuthProtocol auth, String authPassphrase, PrivProtocol priv,
                String privPassphrase) {
            UsmUserSpec spec = new UsmUserSpec(user, auth, authPassphrase, priv, privPassphrase);
            users.put(spec.name(), spec);
            return this;
        }

        /** A fixed snmpEngineID (e.g. one a trap receiver has the trap user bound to). */
        public Builder engineId(byte[] id) {
            if (id.length < 5 || id.length > 32) {
                throw new IllegalArgumentException("an snmpEngineID has 5 to 32 octets: " + id.length);
            }
            this.engineId = id.clone();
            return this;
        }

        /** {@code count} interfaces named {@code naming(0) .. naming(count-1)}, default speed from the name. */
        public Builder interfaces(int count, IntFunction<String> naming) {
            for (int i = 0; i < count; i++) {
                interfaces.add(new InterfaceSpec(naming.apply(i), 0, 0));
            }
            return this;
        }

        /** One interface; ifIndex 0 picks the next, speed 0 the default for its name. */
        public Builder addInterface(String interfaceName, int ifIndex, long speedMbps) {
            interfaces.add(new InterfaceSpec(interfaceName, ifIndex, speedMbps));
            return this;
        }

        /** Sparse, MX-like ifIndex values (from 501, with gaps) instead of 1, 2, 3 … */
        public Builder sparseIfIndex(boolean sparse) {
            this.sparseIfIndex = sparse;
            return this;
        }

        public Builder latency(Duration delay) {
            this.latency = Objects.requireNonNull(delay, "delay");
            return this;
        }

        public Builder trapTarget(String trapHost, int trapPort, String trapCommunity) {
            trapTargets.add(TrapTarget.v2c(trapHost, trapPort, trapCommunity));
            return this;
        }

        public Builder trapTargetV3(String trapHost, int trapPort, String user, AuthProtocol auth,
                String authPassphrase, PrivProtocol priv, String privPassphrase) {
            trapTargets.add(TrapTarget.v3(trapHost, trapPort,
                    new UsmUserSpec(user, auth, authPassphrase, priv, privPassphrase)));
            return this;
        }

        public SimulatedSnmpAgent start() throws IOException {
            if (community == null && users.isEmpty()) {
                throw new IllegalStateException("an agent needs a community or a USM user");
            }
            SimulatedSnmpAgent agent = new SimulatedSnmpAgent(this);
            try {
                agent.start(host, port);
            } catch (IOException | RuntimeException e) {
                agent.close();
                throw e;
            }
            return agent;
        }
    }
}
