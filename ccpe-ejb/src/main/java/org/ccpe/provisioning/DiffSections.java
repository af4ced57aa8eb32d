package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a router's {@code show | compare} text into its {@code [edit …]} sections and keeps those
 * about one site, so each job shows the part of a coalesced commit that is its own.
 */
final class DiffSections {
  private DiffSections() {}

  static String of(String diff, BatchItem item) {
    if (diff == null || diff.isBlank()) {
      return "";
    }
    List<String> sections = split(diff);
    List<String> mine = new ArrayList<>();
    for (String section : sections) {
      if (mentions(section, item.context())) {
        mine.add(section);
      }
    }
    return mine.isEmpty() ? diff : String.join("\n", mine);
  }

  private static boolean mentions(String section, SiteContext site) {
    if (section.contains(site.routingInstance()) || section.contains("irb unit " + site.irbUnit())
        || section.contains("unit " + site.irbUnit() + " ") && section.contains("irb")) {
      return true;
    }
    return site.accessLinks().stream().anyMatch(l ->
        section.contains(l.physicalPort() + " unit " + l.unit()) || section.contains(l.interfaceName()));
  }

  private static List<String> split(String diff) {
    List<String> sections = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : diff.split("\n")) {
      if (line.startsWith("[edit") && current.length() > 0) {
        sections.add(current.toString().stripTrailing());
        current.setLength(0);
      }
      current.append(line).append('\n');
    }
    if (current.length() > 0) {
      sections.add(current.toString().stripTrailing());
    }
    return sections;
  }
}
