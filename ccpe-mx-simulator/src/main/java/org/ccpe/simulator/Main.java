package org.ccpe.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar ccpe-mx-simulator.jar --config routers.properties}: starts the fleet the file
 * describes (see {@link FleetProperties}), prints one line per router, and runs until stopped.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path config = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                config = Path.of(args[++i]);
            } else {
                usage();
                return;
            }
        }
        if (config == null) {
            usage();
            return;
        }
        MxSimulator simulator = MxSimulator.start(FleetProperties.read(config));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "mx-simulator-shutdown"));
        for (SimulatedRouter router : simulator.routers()) {
            System.out.printf("%s %s:%d user=%s%n", router.name(), router.host(), router.port(), router.user());
        }
        System.out.println("ready: " + simulator.routers().size() + " routers");
        System.out.flush();
        stopped.await();
    }

    private static void usage() {
        System.err.println("usage: java -jar ccpe-mx-simulator.jar --config routers.properties");
        System.exit(2);
    }
}
