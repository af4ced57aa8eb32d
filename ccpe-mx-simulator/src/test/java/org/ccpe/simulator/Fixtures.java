package org.ccpe.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ccpe.simulator.config.ConfigNode;
import org.ccpe.simulator.config.ConfigXml;

/** Test data: one cCPE site rendered the way our renderer does. */
public final class Fixtures {

    private Fixtures() {}

    public static String siteA() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/site-a.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A router booted with site A, a ping target in its routing instance (40 % loss, 2 ms) and one
     * DHCP lease there.
     */
    public static SimulatedRouter.Builder siteARouter(String name) {
        return SimulatedRouter.builder(name)
                .initialConfiguration(siteA())
                .pingTarget("site-a", "192.168.10.20", 40, Duration.ofMillis(2))
                .dhcpLease("site-a", "192.168.10.20", "00:11:22:33:44:55", "irb.210", Duration.ofHours(1));
    }

    public static ConfigNode siteATree() {
        return ConfigXml.parseConfiguration(siteA());
    }

    public static ConfigNode xml(String configuration) {
        return ConfigXml.parseConfiguration(configuration);
    }
}
