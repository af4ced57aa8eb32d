package org.ccpe.simulator.config;

import static org.ccpe.simulator.Fixtures.siteATree;
import static org.ccpe.simulator.Fixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitCheckTest {

    private static List<ConfigError> checkAfter(String edit) throws ConfigurationException {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml(edit), LoadAction.MERGE);
        return CommitCheck.check(config);
    }

    private static void assertSingleError(List<ConfigError> errors, String path, String badElement, String messagePart) {
        assertEquals(2, errors.size(), () -> "errors: " + errors);
        ConfigError error = errors.get(0);
        assertEquals("operation-failed", error.tag());
        assertEquals(path, error.path());
        assertEquals(badElement, error.badElement());
        assertTrue(error.message().contains(messagePart), error.message());
        assertEquals("configuration check-out failed", errors.get(1).message());
    }

    @Test
    void acceptsAWellFormedSite() {
        assertEquals(List.of(), CommitCheck.check(siteATree()));
    }

    @Test
    void rejectsARoutingInstanceInterfaceThatDoesNotExist() throws Exception {
        assertSingleError(checkAfter("""
                <configuration><routing-instances><instance><name>site-a</name>
                  <interface><name>ge-1/0/3.999</name></interface></instance></routing-instances></configuration>"""),
                "[edit routing-instances site-a interface]", "ge-1/0/3.999", "ge-1/0/3.999 is not configured");
    }

    @Test
    void rejectsVlanUsedTwiceOnOnePort() throws Exception {
        assertSingleError(checkAfter("""
                <configuration><interfaces><interface><name>ge-1/0/3</name>
                  <unit><name>211</name><vlan-id>210</vlan-id></unit></interface></interfaces></configuration>"""),
                "[edit interfaces ge-1/0/3 unit 211]", "vlan-id", "duplicate VLAN-ID 210");
    }

    @Test
    void acceptsTheSameVlanOnTwoPorts() throws Exception {
        assertEquals(List.of(), checkAfter("""
                <configuration><interfaces><interface><name>ge-1/0/4</name>
                  <unit><name>210</name><vlan-id>210</vlan-id></unit></interface></interfaces></configuration>"""));
    }

    @Test
    void rejectsAnInvalidAddress() throws Exception {
        assertSingleError(checkAfter("""
                <configuration><interfaces><interface><name>irb</name><unit><name>210</name>
                  <family><inet><address><name>192.168.10.300/24</name></address></inet></family>
                </unit></interface></interfaces></configuration>"""),
                "[edit interfaces irb unit 210 family inet]", "address 192.168.10.300/24", "invalid IPv4");
    }

    @Test
    void rejectsAnInvalidPrefixLengthInAPool() throws Exception {
        assertSingleError(checkAfter("""
                <configuration><routing-instances><instance><name>site-a</name><access><address-assignment>
                  <pool><name>site-a-lan</name><family><inet><network>192.168.10.0/33</network></inet></family></pool>
                </address-assignment></access></instance></routing-instances></configuration>"""),
                "[edit routing-instances site-a access address-assignment pool site-a-lan family inet]",
                "network 192.168.10.0/33", "invalid IPv4");
    }

    @Test
    void rejectsAServiceSetOnAMissingServicesInterface() throws Exception {
        assertSingleError(checkAfter("""
                <configuration><services><service-set><name>ss-site-b</name>
                  <interface-service><service-interface>ms-2/0/0</service-interface></interface-service>
                </service-set></services></configuration>"""),
                "[edit services service-set ss-site-b interface-service]", "service-interface",
                "ms-2/0/0 is not configured");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() throws Exception {
        List<ConfigError> errors = checkAfter("""
                <configuration><interfaces><interface><name>ge-1/0/3</name>
                  <unit><name>211</name><vlan-id>210</vlan-id></unit></interface></interfaces>
                  <bridge-domains><domain><name>bd-x</name><routing-interface>irb.999</routing-interface></domain></bridge-domains>
                </configuration>""");
        assertEquals(3, errors.size(), () -> "errors: " + errors);
    }

    @Test
    void acceptsAStaticRouteToAServicesInterfaceButNotABadAddress() throws Exception {
        assertEquals(List.of(), checkAfter("""
                <configuration><routing-instances><instance><name>site-a</name><routing-options><static>
                  <route><name>0.0.0.0/0</name><next-hop>ms-1/0/0.10</next-hop></route>
                </static></routing-options></instance></routing-instances></configuration>"""));
        assertSingleError(checkAfter("""
                <configuration><routing-instances><instance><name>site-a</name><routing-options><static>
                  <route><name>10.9.0.0/16</name><next-hop>10.1.0.300</next-hop></route>
                </static></routing-options></instance></routing-instances></configuration>"""),
                "[edit routing-instances site-a routing-options static]", "next-hop 10.1.0.300", "invalid IPv4");
    }
}
