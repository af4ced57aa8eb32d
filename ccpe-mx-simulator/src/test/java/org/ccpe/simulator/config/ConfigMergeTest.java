package org.ccpe.simulator.config;

import static org.ccpe.simulator.Fixtures.siteATree;
import static org.ccpe.simulator.Fixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigMergeTest {

    private static ConfigNode unit(ConfigNode config, String port, String unit) {
        return config.child("interfaces").flatMap(i -> i.find("interface", port)).flatMap(i -> i.find("unit", unit)).orElse(null);
    }

    @Test
    void mergeAddsNewEntriesAndKeepsTheOthers() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("""
                <configuration><interfaces><interface><name>ge-1/0/3</name>
                  <unit><name>211</name><vlan-id>211</vlan-id></unit>
                </interface></interfaces></configuration>"""), LoadAction.MERGE);
        assertEquals("211", unit(config, "ge-1/0/3", "211").childText("vlan-id"));
        assertEquals("210", unit(config, "ge-1/0/3", "210").childText("vlan-id"));
        assertEquals(1, config.child("interfaces").get().children("interface").stream()
                .filter(i -> "ge-1/0/3".equals(i.key())).count());
    }

    @Test
    void mergeOverwritesALeafValue() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("""
                <configuration><snmp><community><name>site-a-ro</name>
                  <authorization>read-write</authorization></community></snmp></configuration>"""), LoadAction.MERGE);
        ConfigNode community = config.path("snmp").get().find("community", "site-a-ro").get();
        assertEquals("read-write", community.childText("authorization"));
        assertEquals(1, community.children("authorization").size());
    }

    @Test
    void operationDeleteRemovesTheKeyedEntryOnly() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("""
                <configuration xmlns:nc="urn:ietf:params:xml:ns:netconf:base:1.0"><routing-instances>
                  <instance><name>site-a</name><interface nc:operation="delete"><name>irb.210</name></interface></instance>
                </routing-instances></configuration>"""), LoadAction.MERGE);
        ConfigNode instance = config.path("routing-instances").get().find("instance", "site-a").get();
        assertTrue(instance.find("interface", "irb.210").isEmpty());
        assertTrue(instance.find("interface", "ge-1/0/3.210").isPresent());
    }

    @Test
    void junosDeleteAttributeRemovesAWholeHierarchy() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("""
                <configuration><services delete="delete"/></configuration>"""), LoadAction.MERGE);
        assertTrue(config.child("services").isEmpty());
        assertTrue(config.child("snmp").isPresent());
    }

    @Test
    void replaceSwapsTheSubtreeInsteadOfMerging() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("""
                <configuration><interfaces><interface><name>ge-1/0/3</name>
                  <unit replace="replace"><name>210</name><vlan-id>310</vlan-id></unit>
                </interface></interfaces></configuration>"""), LoadAction.REPLACE);
        ConfigNode unit = unit(config, "ge-1/0/3", "210");
        assertEquals("310", unit.childText("vlan-id"));
        assertTrue(unit.child("family").isEmpty(), "replaced unit keeps nothing of the old one");
        assertTrue(unit.attributes().isEmpty(), "stored configuration carries no edit attributes");
    }

    @Test
    void overrideMakesTheEditTheWholeConfiguration() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("<configuration><snmp><location>lab</location></snmp></configuration>"),
                LoadAction.OVERRIDE);
        assertEquals(1, config.children().size());
        assertEquals("lab", config.path("snmp").get().childText("location"));
    }

    @Test
    void createOfAnExistingEntryIsRefused() {
        ConfigNode config = siteATree();
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ConfigMerge.apply(config, xml("""
                <configuration><routing-instances><instance operation="create"><name>site-a</name></instance>
                </routing-instances></configuration>"""), LoadAction.MERGE));
        assertEquals("data-exists", e.errors().get(0).tag());
        assertEquals("[edit routing-instances]", e.errors().get(0).path());
    }

    @Test
    void deletingALeafRemovesIt() throws Exception {
        ConfigNode config = siteATree();
        ConfigMerge.apply(config, xml("""
                <configuration><interfaces><interface><name>ge-1/0/3</name>
                  <unit><name>210</name><vlan-id operation="delete"/></unit>
                </interface></interfaces></configuration>"""), LoadAction.MERGE);
        assertFalse(unit(config, "ge-1/0/3", "210").child("vlan-id").isPresent());
    }
}
