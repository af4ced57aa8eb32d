package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A router's {@code show | compare} text cut into its {@code [edit …]} sections, so each job of a
 * coalesced commit shows the part that is its own. The text is cut and its names indexed once per
 * commit: looking through every section again for each of a hundred sites made a batch's
 * bookkeeping quadratic.
 *
 * <p>A section is a site's when it names the site's routing instance (or an object named from it,
 * {@code <ri>-svc}, {@code <ri>-snat}...; {@code site1} is not {@code site10}), one of its access
 * units, or its {@code irb} unit.
 */
final class DiffSections {
  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\[\\]{};\"]+");

  private final String diff;
  private final List<String> sections;
  /** Section numbers by each word of the section and each of the word's {@code -}-separated stems. */
  private final Map<String, Set<Integer>> byName = new HashMap<>();

  private DiffSections(String diff, List<String> sections) {
    this.diff = diff;
    this.sections = sections;
    for (int i = 0; i < sections.size(); i++) {
      for (String word : WORD_BREAK.split(sections.get(i))) {
        for (int dash = word.length(); dash > 0; dash = word.lastIndexOf('-', dash - 1)) {
          byName.computeIfAbsent(word.substring(0, dash), w -> new TreeSet<>()).add(i);
        }
      }
    }
  }

  static DiffSections of(String diff) {
    return new DiffSections(diff, diff == null || diff.isBlank() ? List.of() : split(diff));
  }

  /** The sections about this site, in the router's order; the whole diff when none names it. */
  String of(BatchItem item) {
    if (sections.isEmpty()) {
      return "";
    }
    SiteContext site = item.context();
    Set<Integer> mine = new TreeSet<>(named(site.routingInstance()));
    for (int i : named("irb")) {
      String section = sections.get(i);
      if (section.contains("irb unit " + site.irbUnit()) || section.contains("unit " + site.irbUnit() + " ")) {
        mine.add(i);
      }
    }
    for (SiteContext.Link link : site.accessLinks()) {
      mine.addAll(named(link.interfaceName()));
      for (int i : named(link.physicalPort())) {
        if (sections.get(i).contains(link.physicalPort() + " unit " + link.unit())) {
          mine.add(i);
        }
      }
    }
    return mine.isEmpty() ? diff : String.join("\n", mine.stream().map(sections::get).toList());
  }

  private Set<Integer> named(String name) {
    return byName.getOrDefault(name, Set.of());
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
