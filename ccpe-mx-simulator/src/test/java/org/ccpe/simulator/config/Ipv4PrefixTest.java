package org.ccpe.simulator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Ipv4PrefixTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/30", "0.0.0.0/0", "255.255.255.255", "192.168.10.0/24"})
    void acceptsValidPrefixes(String text) {
        assertTrue(Ipv4Prefix.parse(text).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256/24", "10.0.0/24", "10.0.0.1/33", "10.0.0.1/", "a.b.c.d", "10.0.0.1/24/1",
        "1.2.3.4.5", "-1.0.0.0", "10.0.0.01000"})
    void rejectsInvalidPrefixes(String text) {
        assertTrue(Ipv4Prefix.parse(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/30"})
    void printsItself(String text) {
        assertEquals(text, Ipv4Prefix.parse(text).orElseThrow().toString());
    }
}
