package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.List;

/**
 * A router's {@code show | compare} text cut into its {@code [edit …]} sections, so each job of a
 * coalesced commit shows the part that is its own. The text is cut once per commit: cutting it
 * again for each of a hundred sites made a batch's bookkeeping quadratic.
 */
final class DiffSections {
  private final String diff;
  private final List<String> sections;

  private DiffSections(String diff, List<String> sections) {
    this.diff = diff;
    this.sections = sections;
  }

  static DiffSections of(String diff) {
    return new DiffSections(diff, diff == null || diff.isBlank() ? List.of() : split(diff));
  }

  /** The sections about this site; the whole diff when none names it. */
  String of(BatchItem item) {
    if (sections.isEmpty()) {
      return "";
    }
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
