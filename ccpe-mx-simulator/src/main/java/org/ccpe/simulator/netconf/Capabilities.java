package org.ccpe.simulator.netconf;

import java.util.List;

/** What the router advertises in its hello: what an MX running Junos advertises, base:1.1 included. */
final class Capabilities {

    static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";
    static final String NETCONF_NS = "urn:ietf:params:xml:ns:netconf:base:1.0";

    static final List<String> ADVERTISED = List.of(
            BASE_1_0,
            BASE_1_1,
            "urn:ietf:params:netconf:capability:candidate:1.0",
            "urn:ietf:params:netconf:capability:confirmed-commit:1.0",
            "urn:ietf:params:netconf:capability:confirmed-commit:1.1",
            "urn:ietf:params:netconf:capability:validate:1.0",
            "urn:ietf:params:netconf:capability:validate:1.1",
            "urn:ietf:params:xml:ns:netconf:base:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:candidate:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:confirmed-commit:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:validate:1.0",
            "http://xml.juniper.net/netconf/junos/1.0",
            "http://xml.juniper.net/dmi/system/1.0");

    private Capabilities() {}

    /** The router's hello; without {@code base:1.1} when {@code chunkedFraming} is off. */
    static String hello(int sessionId, boolean chunkedFraming) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<hello xmlns=\"").append(NETCONF_NS).append("\">\n<capabilities>\n");
        ADVERTISED.stream().filter(c -> chunkedFraming || !c.equals(BASE_1_1))
                .forEach(c -> out.append("<capability>").append(c).append("</capability>\n"));
        out.append("</capabilities>\n<session-id>").append(sessionId).append("</session-id>\n</hello>");
        return out.toString();
    }
}
