package org.ccpe.simulator.config;

import static org.ccpe.simulator.Fixtures.siteATree;
import static org.ccpe.simulator.Fixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConfigDiffTest {

    @Test
    void identicalConfigurationsHaveNoDiff() {
        assertEquals("", ConfigDiff.compare(siteATree(), siteATree()));
    }

    @Test
    void showsAddedRemovedAndChangedStatementsUnderTheirHierarchy() throws Exception {
        ConfigNode before = siteATree();
        ConfigNode after = siteATree();
        ConfigMerge.apply(after, xml("""
                <configuration>
                  <interfaces><interface><name>ge-1/0/3</name>
                    <unit><name>211</name><vlan-id>211</vlan-id></unit>
                    <unit><name>210</name><vlan-id>220</vlan-id></unit>
                  </interface></interfaces>
                  <snmp delete="delete"/>
                </configuration>"""), LoadAction.MERGE);
        assertEquals("""
                [edit]
                -   snmp {
                -       community site-a-ro {
                -           authorization read-only;
                -           routing-instance site-a;
                -       }
                -   }
                [edit interfaces ge-1/0/3]
                +   unit 211 {
                +       vlan-id 211;
                +   }
                [edit interfaces ge-1/0/3 unit 210]
                -   vlan-id 210;
                +   vlan-id 220;
                """, ConfigDiff.compare(before, after));
    }
}
