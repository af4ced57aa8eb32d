package org.ccpe.simulator.config;

import static org.ccpe.simulator.Fixtures.siteATree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigTextTest {

    @Test
    void rendersJunosCurlyBraceText() {
        String text = ConfigText.render(org.ccpe.simulator.Fixtures.xml("""
                <configuration><interfaces><interface><name>ge-1/0/3</name><flexible-vlan-tagging/>
                  <unit><name>210</name><vlan-id>210</vlan-id>
                    <family><inet><address><name>10.1.0.1/30</name></address></inet></family></unit>
                </interface></interfaces>
                <routing-instances><instance><name>site-a</name><interface><name>ge-1/0/3.210</name></interface>
                </instance></routing-instances>
                <snmp><description>lab router</description></snmp></configuration>"""));
        assertEquals("""
                interfaces {
                    ge-1/0/3 {
                        flexible-vlan-tagging;
                        unit 210 {
                            vlan-id 210;
                            family {
                                inet {
                                    address 10.1.0.1/30;
                                }
                            }
                        }
                    }
                }
                routing-instances {
                    site-a {
                        interface ge-1/0/3.210;
                    }
                }
                snmp {
                    description "lab router";
                }
                """, text);
    }

    @Test
    void textParsesBackToTheSameTree() {
        ConfigNode site = siteATree().stripped();
        assertEquals(site, ConfigText.parse(ConfigText.render(site)));
    }

    @Test
    void parsesValueListsCommentsAndPrefixes() {
        ConfigNode config = ConfigText.parse("""
                /* a comment */
                routing-instances {
                    replace: site-b {
                        instance-type vrf; # trailing comment
                        interface [ ge-0/0/1.5 ge-0/0/1.6 ];
                        routing-options { static { route 0.0.0.0/0 next-hop 10.0.0.1; } }
                    }
                }
                """);
        ConfigNode instance = config.path("routing-instances").get().find("instance", "site-b").get();
        assertEquals("replace", instance.attributes().get("replace"));
        assertEquals(2, instance.children("interface").size());
        assertEquals("10.0.0.1", instance.path("routing-options", "static").get()
                .find("route", "0.0.0.0/0").get().childText("next-hop"));
    }

    @Test
    void unbalancedBracesAreASyntaxError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigText.parse("interfaces { ge-0/0/0 { unit 0; }"));
        assertTrue(e.getMessage().contains("syntax error"));
    }
}
