package org.ccpe.bench.netconf;

/**
 * What every client sends to one kind of server: one entry per edit (distinct each time), a bulk
 * edit of 1,000 entries (their values change with each repetition, so each commit changes them
 * all), and the subtree filter of the get-config that reads everything back (~100 KB).
 */
enum Workload {
  /** netconfd with the tests' {@code acme-sites} YANG module. */
  NETCONFD {
    @Override
    String oneEntry(int i) {
      return "<sites xmlns=\"urn:acme:sites\"><site><name>one-" + i + "</name><vlan>" + (i % 4094 + 1)
          + "</vlan></site></sites>";
    }

    @Override
    String bulk(int rep) {
      StringBuilder xml = new StringBuilder("<sites xmlns=\"urn:acme:sites\">");
      for (int i = 0; i < BULK; i++) {
        xml.append("<site><name>bulk-").append(i).append("</name><vlan>").append((i + rep) % 4094 + 1)
            .append("</vlan><dhcp-pool-start>10.").append(i / 256).append('.').append(i % 256)
            .append(".10</dhcp-pool-start></site>");
      }
      return xml.append("</sites>").toString();
    }

    @Override
    String filter() {
      return "<sites xmlns=\"urn:acme:sites\"/>";
    }
  },
  /** The MX simulator: Junos {@code <configuration>}, logical units of one port. */
  JUNOS {
    @Override
    String oneEntry(int i) {
      return "<configuration><interfaces><interface><name>ge-0/0/9</name><unit><name>" + (i + 1)
          + "</name><vlan-id>" + (i + 1) + "</vlan-id></unit></interface></interfaces></configuration>";
    }

    @Override
    String bulk(int rep) {
      StringBuilder xml = new StringBuilder("<configuration><interfaces><interface><name>ge-0/0/1</name>");
      for (int i = 0; i < BULK; i++) {
        xml.append("<unit><name>").append(i + 1).append("</name><description>site ").append(i + rep)
            .append("</description><vlan-id>").append(i + 1).append("</vlan-id></unit>");
      }
      return xml.append("</interface></interfaces></configuration>").toString();
    }

    @Override
    String filter() {
      return "<configuration><interfaces/></configuration>";
    }
  };

  static final int BULK = 1_000;

  abstract String oneEntry(int i);

  abstract String bulk(int rep);

  abstract String filter();
}
