package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Junos XML configuration element under construction: a container, a list entry (keyed by its
 * {@code <name>} child, as Junos keys every list) or a leaf. Containers and entries are found or
 * created, so several sites rendered into one document share one {@code <interfaces>} and one
 * {@code ge-1/0/3}. Written as indented XML with every text and attribute escaped.
 *
 * <p>Children are also indexed (entries by tag and name, bare elements by tag): a router's batch
 * renders a hundred sites into one document, and finding a site's parent among a hundred siblings
 * by a scan made rendering quadratic.
 */
final class ConfigElement {

  private static final String KEY = "name";

  private final String tag;
  private final String text;
  private String operation;
  private final List<ConfigElement> children = new ArrayList<>();
  /** Entries by {@code tag + NUL + name}. */
  private final Map<String, ConfigElement> entries = new HashMap<>();
  /** The first child of each tag without key or text: what {@link #container} finds. */
  private final Map<String, ConfigElement> bare = new HashMap<>();

  private ConfigElement(String tag, String text) {
    this.tag = Objects.requireNonNull(tag, "tag");
    this.text = text;
  }

  /** The root of a Junos configuration document. */
  static ConfigElement configuration() {
    return new ConfigElement("configuration", null);
  }

  /** The child container {@code tag}, added when missing. */
  ConfigElement container(String tag) {
    ConfigElement existing = bare.get(tag);
    if (existing != null) {
      return existing;
    }
    ConfigElement created = add(new ConfigElement(tag, null));
    bare.put(tag, created);
    return created;
  }

  /** The list entry {@code <tag><name>name</name></tag>}, added when missing. */
  ConfigElement entry(String tag, String name) {
    ConfigElement existing = find(tag, name);
    if (existing != null) {
      return existing;
    }
    ConfigElement entry = add(new ConfigElement(tag, null));
    entry.add(new ConfigElement(KEY, Objects.requireNonNull(name, tag + " name")));
    entries.put(entryKey(tag, name), entry);
    return entry;
  }

  /** Whether the list entry {@code <tag><name>name</name></tag>} is already in this element. */
  boolean has(String tag, String name) {
    return find(tag, name) != null;
  }

  /** Whether any child is a {@code <tag>}. */
  boolean hasChild(String tag) {
    return children.stream().anyMatch(child -> child.tag.equals(tag));
  }

  /** Adds {@code <tag>text</tag>}; nothing when {@code text} is null. Returns this element. */
  ConfigElement leaf(String tag, Object text) {
    if (text != null) {
      add(new ConfigElement(tag, text.toString()));
    }
    return this;
  }

  /** Adds an empty element such as {@code <flexible-vlan-tagging/>}. Returns this element. */
  ConfigElement flag(String tag) {
    bare.putIfAbsent(tag, add(new ConfigElement(tag, null)));
    return this;
  }

  /** Marks this element {@code replace="replace"}: its old content goes, this content stays. */
  ConfigElement replace() {
    operation = "replace";
    return this;
  }

  /** Marks this element {@code delete="delete"}. */
  ConfigElement delete() {
    operation = "delete";
    return this;
  }

  /** The document as indented XML, one element a line: for people and golden files. */
  String toXml() {
    StringBuilder out = new StringBuilder();
    write(out, 0, true);
    return out.toString();
  }

  /**
   * The same document without indentation or line breaks: for the router. A hundred sites'
   * document is about a third smaller, which both ends pay for in encryption and parsing.
   */
  String toCompactXml() {
    StringBuilder out = new StringBuilder();
    write(out, 0, false);
    return out.toString();
  }

  private void write(StringBuilder out, int depth, boolean indented) {
    String indent = indented ? "  ".repeat(depth) : "";
    String lineEnd = indented ? "\n" : "";
    out.append(indent).append('<').append(tag);
    if (operation != null) {
      out.append(' ').append(operation).append("=\"").append(operation).append('"');
    }
    if (children.isEmpty()) {
      if (text == null) {
        out.append("/>").append(lineEnd);
      } else {
        out.append('>').append(escape(text)).append("</").append(tag).append('>').append(lineEnd);
      }
      return;
    }
    out.append('>').append(lineEnd);
    children.forEach(child -> child.write(out, depth + 1, indented));
    out.append(indent).append("</").append(tag).append('>').append(lineEnd);
  }

  /**
   * Escapes element text. Characters XML 1.0 cannot carry at all (most control characters) are
   * refused rather than dropped, so a document is never silently different from its input.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException(
                "character U+%04X cannot appear in a Junos configuration".formatted((int) c));
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  private ConfigElement find(String tag, String name) {
    return entries.get(entryKey(tag, name));
  }

  private static String entryKey(String tag, String name) {
    return tag + '\0' + name;
  }

  private ConfigElement add(ConfigElement child) {
    children.add(child);
    return child;
  }
}
