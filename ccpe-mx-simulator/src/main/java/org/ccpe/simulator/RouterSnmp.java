package org.ccpe.simulator;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.ccpe.simulator.config.Commit;
import org.ccpe.simulator.config.ConfigNode;
import org.ccpe.simulator.config.ConfigurationDatabase;
import org.ccpe.simulator.snmp.SimulatedInterface;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;
import org.ccpe.simulator.snmp.Traffic;

/**
 * A router's SNMP face: its agent's IF-MIB follows the committed configuration. Every physical
 * port and every configured unit ({@code ge-1/0/3.210}) is a row; a unit appears once a commit
 * creates it and disappears when a commit deletes it, so a site the application provisions is
 * pollable as on a real MX. Rows carry traffic around the settings' base rate, different per
 * interface so charts are not all alike.
 */
final class RouterSnmp implements AutoCloseable {

    /** How often the committed configuration is checked for new or deleted units. */
    private static final long SYNC_MILLIS = 250;

    private final SimulatedSnmpAgent agent;
    private final SnmpSettings settings;
    private final ConfigurationDatabase database;
    private final ScheduledFuture<?> sync;
    private Commit seen;

    private RouterSnmp(SimulatedSnmpAgent agent, SnmpSettings settings, ConfigurationDatabase database,
            ScheduledExecutorService timer) {
        this.agent = agent;
        this.settings = settings;
        this.database = database;
        settings.physicalPorts.forEach(this::add);
        syncWithConfiguration();
        this.sync = timer.scheduleWithFixedDelay(this::syncWithConfiguration, SYNC_MILLIS, SYNC_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    static RouterSnmp start(String routerName, SnmpSettings settings, ConfigurationDatabase database,
            ScheduledExecutorService timer) throws IOException {
        SimulatedSnmpAgent.Builder builder = SimulatedSnmpAgent.builder().name(routerName)
                .bind(SimulatedRouter.HOST, settings.port).sparseIfIndex(true);
        if (settings.community != null) {
            builder.community(settings.community);
        }
        if (settings.user != null) {
            builder.usmUser(settings.user, settings.auth, settings.authPassphrase, settings.priv,
                    settings.privPassphrase);
        }
        for (String[] target : settings.trapTargets) {
            builder.trapTarget(target[0], Integer.parseInt(target[1]), target[2]);
        }
        SimulatedSnmpAgent agent = builder.start();
        try {
            return new RouterSnmp(agent, settings, database, timer);
        } catch (RuntimeException e) {
            agent.close();
            throw e;
        }
    }

    SimulatedSnmpAgent agent() {
        return agent;
    }

    /**
     * Adds and removes unit rows to match the running configuration, when it changed: every
     * change of it (commit, automatic rollback, cancel-commit) is a new newest history entry.
     */
    synchronized void syncWithConfiguration() {
        Commit running = database.commitHistory().get(0);
        if (running == seen) {
            return;
        }
        seen = running;
        Set<String> configured = configuredInterfaces(running.configuration());
        for (String name : configured) {
            if (!agent.hasInterface(name)) {
                add(name);
            }
        }
        for (SimulatedInterface row : agent.interfaces()) {
            if (row.isUnit() && !configured.contains(row.name())) {
                agent.removeInterface(row.name());
            }
        }
    }

    private void add(String name) {
        SimulatedInterface row = agent.addInterface(name, 0, 0);
        // a per-interface factor (0.5..1.5) and phase, from the ifIndex so a restart keeps them
        double factor = 0.5 + Math.floorMod(row.ifIndex() * 37, 101) / 100.0;
        double phase = row.ifIndex() % 628 / 100.0;
        row.traffic(new Traffic(settings.inBps * factor, settings.variation, 300, phase),
                new Traffic(settings.outBps * factor, settings.variation, 300, phase + 1));
    }

    /** {@code interfaces interface X} and {@code X.unit} for every unit of the configuration. */
    static Set<String> configuredInterfaces(ConfigNode configuration) {
        Set<String> names = new LinkedHashSet<>();
        configuration.child("interfaces").ifPresent(interfaces -> {
            for (ConfigNode physical : interfaces.children("interface")) {
                String name = physical.key();
                if (name == null) {
                    continue;
                }
                names.add(name);
                for (ConfigNode unit : physical.children("unit")) {
                    if (unit.key() != null) {
                        names.add(name + "." + unit.key());
                    }
                }
            }
        });
        return names;
    }

    @Override
    public void close() {
        sync.cancel(false);
        agent.close();
    }
}
