package org.ccpe.simulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * A fleet of simulated MX routers in one JVM, one port each on 127.0.0.1.
 *
 * <pre>{@code
 * try (MxSimulator fleet = MxSimulator.startFleet(3, b -> b.commitLatency(Duration.ofMillis(20)))) {
 *     SimulatedRouter mx2 = fleet.router("mx2");
 *     ...
 * }
 * }</pre>
 */
public final class MxSimulator implements AutoCloseable {

    private final Map<String, SimulatedRouter> routers;

    private MxSimulator(Map<String, SimulatedRouter> routers) {
        this.routers = routers;
    }

    /** Starts every router; if one fails, those already started are stopped. */
    public static MxSimulator start(Collection<SimulatedRouter.Builder> builders) throws IOException {
        Map<String, SimulatedRouter> started = new LinkedHashMap<>();
        try {
            for (SimulatedRouter.Builder builder : builders) {
                if (started.containsKey(builder.name())) {
                    throw new IllegalArgumentException("two routers named " + builder.name());
                }
                started.put(builder.name(), builder.start());
            }
        } catch (IOException | RuntimeException e) {
            started.values().forEach(SimulatedRouter::close);
            throw e;
        }
        return new MxSimulator(started);
    }

    /** Starts routers {@code mx1..mxN} on free ports, each builder first passed to {@code customize}. */
    public static MxSimulator startFleet(int count, Consumer<SimulatedRouter.Builder> customize) throws IOException {
        List<SimulatedRouter.Builder> builders = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            SimulatedRouter.Builder builder = SimulatedRouter.builder("mx" + i);
            customize.accept(builder);
            builders.add(builder);
        }
        return start(builders);
    }

    public SimulatedRouter router(String name) {
        SimulatedRouter router = routers.get(name);
        if (router == null) {
            throw new NoSuchElementException("no router " + name);
        }
        return router;
    }

    public List<SimulatedRouter> routers() {
        return List.copyOf(routers.values());
    }

    @Override
    public void close() {
        routers.values().forEach(SimulatedRouter::close);
    }
}
