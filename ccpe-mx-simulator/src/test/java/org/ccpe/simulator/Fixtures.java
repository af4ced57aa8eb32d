package org.ccpe.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    public static ConfigNode siteATree() {
        return ConfigXml.parseConfiguration(siteA());
    }

    public static ConfigNode xml(String configuration) {
        return ConfigXml.parseConfiguration(configuration);
    }
}
