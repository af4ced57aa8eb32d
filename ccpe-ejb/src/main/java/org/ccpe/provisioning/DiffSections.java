package org.ccpe.provisioning;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a router's {@code show | compare} text of a coalesced commit into each site's own part, so
 * each job shows what its site changed, not the whole batch's diff. Commits that create many sites
 * at once put them all in one {@code [edit]} section (all routing instances in one
 * {@code routing-instances} block), so the text is cut at every level of its statement blocks: a
 * block is a site's when its statement names the site (its routing instance or an object named from
 * it, an access unit, its {@code irb} unit or service units); a block naming other sites only is
 * left out; a block naming no site at all (shared settings such as a port's encapsulation) is kept
 * inside a kept parent. The text is parsed and indexed once per commit, so cutting it for a hundred
 * sites stays linear.
 */
final class DiffSections {
  private static final String BREAKS = " \t[]{};\"";

  private final String diff;
  private final List<Section> sections = new ArrayList<>();
  private final Map<BatchItem, Integer> index = new IdentityHashMap<>();
  private final Map<String, BitSet> byName = new HashMap<>();
  private final Map<String, BitSet> byUnit = new HashMap<>();

  private DiffSections(String diff, List<BatchItem> items) {
    this.diff = diff;
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
      SiteContext site = items.get(i).context();
      name(byName, site.routingInstance(), i);
      name(byName, "irb." + site.irbUnit(), i);
      name(byUnit, unitKey("irb", site.irbUnit()), i);
      if (site.servicesInterface() != null) {
        for (int unit : new int[] {2 * site.irbUnit(), 2 * site.irbUnit() + 1}) {
          name(byName, site.servicesInterface() + "." + unit, i);
          name(byUnit, unitKey(site.servicesInterface(), unit), i);
        }
      }
      for (SiteContext.Link link : site.accessLinks()) {
        name(byName, link.interfaceName(), i);
        name(byUnit, unitKey(link.physicalPort(), link.unit()), i);
      }
    }
    if (diff != null && !diff.isBlank()) {
      parse(diff);
    }
  }

  static DiffSections of(String diff, List<BatchItem> items) {
    return new DiffSections(diff, items);
  }

  /** This site's part of the diff, in the router's order; the whole diff when no part names it. */
  String of(BatchItem item) {
    if (sections.isEmpty()) {
      return "";
    }
    Integer site = index.get(item);
    if (site == null) {
      return diff;
    }
    List<String> out = new ArrayList<>();
    for (Section section : sections) {
      if (section.owners.get(site)) {
        out.add(section.header);
        section.roots.forEach(root -> root.appendAll(out));
        continue;
      }
      if (section.roots.stream().anyMatch(root -> root.mentions.get(site))) {
        out.add(section.header);
        section.roots.forEach(root -> {
          if (root.mentions.get(site)) {
            root.appendFor(site, out);
          } else if (root.mentions.isEmpty()) {
            root.appendAll(out);
          }
        });
      }
    }
    return out.isEmpty() ? diff : String.join("\n", out);
  }

  /** Reads the text into sections of statement blocks, each block knowing the sites it names. */
  private void parse(String text) {
    Section section = null;
    Deque<Block> open = new ArrayDeque<>();
    for (String line : text.split("\n")) {
      if (line.startsWith("[edit") || section == null) {
        section = new Section(line, owners(words(line)));
        sections.add(section);
        open.clear();
        if (line.startsWith("[edit")) {
          continue;
        }
      }
      String statement = line.length() > 1 ? line.substring(1).strip() : "";
      if (statement.equals("}") && !open.isEmpty()) {
        open.pop().close = line;
        continue;
      }
      String context = open.isEmpty() ? lastWord(section.header) : open.peek().name;
      Block block = new Block(line, statement, context);
      (open.isEmpty() ? section.roots : open.peek().children).add(block);
      if (statement.endsWith("{")) {
        open.push(block);
      }
    }
    sections.forEach(s -> s.roots.forEach(Block::collect));
  }

  /** The sites a statement or header names by its words, e.g. {@code acme-hq}, {@code acme-hq-svc}, {@code irb.5}. */
  private BitSet owners(List<String> words) {
    BitSet found = new BitSet();
    for (String word : words) {
      for (int dash = word.length(); dash > 0; dash = word.lastIndexOf('-', dash - 1)) {
        BitSet named = byName.get(word.substring(0, dash));
        if (named != null) {
          found.or(named);
        }
      }
    }
    for (int w = 0; w + 2 < words.size(); w++) { // a header such as [edit interfaces irb unit 5 family]
      if (words.get(w + 1).equals("unit")) {
        found.or(byUnit.getOrDefault(words.get(w) + "\0" + words.get(w + 2), new BitSet()));
      }
    }
    return found;
  }

  /** The words of a diff line: what lies between blanks, brackets, braces, semicolons and quotes. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean breaks = i == line.length() || BREAKS.indexOf(line.charAt(i)) >= 0;
      if (breaks && start >= 0) {
        words.add(line.substring(start, i));
        start = -1;
      } else if (!breaks && start < 0) {
        start = i;
      }
    }
    return words;
  }

  private static String lastWord(String header) {
    List<String> words = words(header);
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  private static String unitKey(String parent, int unit) {
    return parent + "\0" + unit;
  }

  private static void name(Map<String, BitSet> names, String name, int site) {
    names.computeIfAbsent(name, n -> new BitSet()).set(site);
  }

  private static final class Section {
    final String header;
    final BitSet owners;
    final List<Block> roots = new ArrayList<>();

    Section(String header, BitSet owners) {
      this.header = header;
      this.owners = owners;
    }
  }

  /** One statement of the diff with the block it opens, if any. */
  private final class Block {
    final String line;
    final String name;
    final BitSet own;
    final List<Block> children = new ArrayList<>();
    String close;
    /** The sites this block or anything inside it names. */
    BitSet mentions;

    Block(String line, String statement, String context) {
      this.line = line;
      List<String> words = words(statement);
      this.name = String.join(" ", words);
      this.own = owners(words);
      if (words.size() == 2 && words.get(0).equals("unit")) { // unit 101 { inside ge-1/0/3, irb or ms-1/0/0
        own.or(byUnit.getOrDefault(context + "\0" + words.get(1), new BitSet()));
      }
    }

    void collect() {
      mentions = (BitSet) own.clone();
      children.forEach(child -> {
        child.collect();
        mentions.or(child.mentions);
      });
    }

    void appendAll(List<String> out) {
      out.add(line);
      children.forEach(child -> child.appendAll(out));
      if (close != null) {
        out.add(close);
      }
    }

    /** The block as far as it is this site's: its own statements and what names no site. */
    void appendFor(int site, List<String> out) {
      if (own.get(site)) {
        appendAll(out);
        return;
      }
      out.add(line);
      for (Block child : children) {
        if (child.mentions.get(site)) {
          child.appendFor(site, out);
        } else if (child.mentions.isEmpty()) {
          child.appendAll(out);
        }
      }
      if (close != null) {
        out.add(close);
      }
    }
  }
}
