package org.ccpe.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a fleet of simulated routers until stopped, printing one line per router (its NETCONF
 * and SNMP addresses) and then {@code ready: N routers}:
 *
 * <pre>
 * java -jar ccpe-mx-simulator.jar --config routers.properties
 * java -jar ccpe-mx-simulator.jar --routers 3 --base-port 18301 --snmp-base-port 16101 --community public
 * </pre>
 *
 * The second form is shorthand for a properties file (see {@link FleetProperties}) of
 * {@code fleet.count}, {@code fleet.basePort}, {@code fleet.snmpBasePort} and SNMP defaults;
 * both forms can be combined.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar ccpe-mx-simulator.jar [--config routers.properties]
                     [--routers N] [--base-port P] [--snmp-base-port P] [--community C]
                     [--snmp-user "user SHA1|SHA256 authpass AES128|AES256 privpass"]
                     [--traffic-bps IN,OUT] [--user U --password W]
              ports 0 (the default) pick free ones; every router listens on 127.0.0.1 only""";

    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        List<SimulatedRouter.Builder> builders;
        try {
            builders = fleet(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        MxSimulator simulator = MxSimulator.start(builders);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "mx-simulator-shutdown"));
        for (SimulatedRouter router : simulator.routers()) {
            System.out.println(describe(router));
        }
        System.out.println("ready: " + simulator.routers().size() + " routers");
        System.out.flush();
        stopped.await();
    }

    /** {@code mx1 127.0.0.1:18301 user=lab snmp=127.0.0.1:16101 community=public}. */
    static String describe(SimulatedRouter router) {
        StringBuilder line = new StringBuilder(String.format("%s %s:%d user=%s", router.name(), router.host(),
                router.port(), router.user()));
        if (router.hasSnmpAgent()) {
            line.append(" snmp=").append(router.host()).append(':').append(router.snmpAgent().port());
            router.snmpCommunity().ifPresent(c -> line.append(" community=").append(c));
        }
        return line.toString();
    }

    /** The routers the arguments describe. */
    static List<SimulatedRouter.Builder> fleet(String[] args) throws IOException {
        Path config = null;
        Properties options = new Properties();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--config" -> config = Path.of(value);
                case "--routers" -> options.setProperty("fleet.count", positive(option, value));
                case "--base-port" -> options.setProperty("fleet.basePort", positive(option, value));
                case "--snmp-base-port" -> options.setProperty("fleet.snmpBasePort", positive(option, value));
                case "--community" -> options.setProperty("default.snmpCommunity", value);
                case "--snmp-user" -> options.setProperty("default.snmpUser", value);
                case "--user" -> options.setProperty("default.user", value);
                case "--password" -> options.setProperty("default.password", value);
                case "--traffic-bps" -> {
                    String[] rates = value.split(",");
                    if (rates.length != 2) {
                        throw new IllegalArgumentException("--traffic-bps needs IN,OUT");
                    }
                    options.setProperty("default.snmpInBps", positive(option, rates[0]));
                    options.setProperty("default.snmpOutBps", positive(option, rates[1]));
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (config == null && options.getProperty("fleet.count") == null) {
            throw new IllegalArgumentException("give --config or --routers");
        }
        List<SimulatedRouter.Builder> builders = new ArrayList<>();
        if (config != null) {
            builders.addAll(FleetProperties.read(config));
        }
        if (options.getProperty("fleet.count") != null) {
            builders.addAll(FleetProperties.read(options, Path.of(".")));
        }
        return builders;
    }

    private static String positive(String option, String value) {
        try {
            if (Long.parseLong(value.trim()) >= 0) {
                return value.trim();
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a number >= 0: " + value);
    }
}
