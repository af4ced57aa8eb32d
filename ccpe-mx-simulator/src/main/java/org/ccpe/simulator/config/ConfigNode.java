package org.ccpe.simulator.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One element of a Junos configuration tree: a container, a list entry (identified by its
 * {@code <name>} child, the Junos list key) or a leaf with a value.
 *
 * <p>Nodes are mutable while an edit is applied; the database hands out {@link #copy() copies}.
 * Attributes are kept only on edits (they carry {@code operation}, {@code delete},
 * {@code replace}); stored configuration has none.
 */
public final class ConfigNode {

    /** The child that keys a list entry in Junos XML. */
    public static final String KEY = "name";

    private final String tag;
    private String text;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<ConfigNode> children = new ArrayList<>();

    public ConfigNode(String tag) {
        this.tag = Objects.requireNonNull(tag, "tag");
    }

    /** A leaf: {@code <tag>text</tag>}. */
    public static ConfigNode leaf(String tag, String text) {
        return new ConfigNode(tag).text(text);
    }

    /** A list entry: {@code <tag><name>key</name></tag>}. */
    public static ConfigNode entry(String tag, String key) {
        return new ConfigNode(tag).add(leaf(KEY, key));
    }

    public String tag() {
        return tag;
    }

    public String text() {
        return text;
    }

    public ConfigNode text(String value) {
        this.text = value;
        return this;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public ConfigNode attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    public List<ConfigNode> children() {
        return Collections.unmodifiableList(children);
    }

    public ConfigNode add(ConfigNode child) {
        children.add(child);
        return this;
    }

    void remove(ConfigNode child) {
        children.removeIf(c -> c == child);
    }

    void replace(ConfigNode old, ConfigNode replacement) {
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == old) {
                children.set(i, replacement);
                return;
            }
        }
        children.add(replacement);
    }

    void clearChildren() {
        children.clear();
    }

    /** The list key ({@code <name>} text), or null when this node is not a list entry. */
    public String key() {
        for (ConfigNode c : children) {
            if (c.tag.equals(KEY) && c.children.isEmpty()) {
                return c.text;
            }
        }
        return null;
    }

    /** True for a node without element children (a leaf or a flag such as {@code <rapid/>}). */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** True when the only child is the key: {@code interface ge-0/0/0.0;} in text form. */
    public boolean isKeyOnly() {
        return children.size() == 1 && key() != null;
    }

    public Optional<ConfigNode> child(String childTag) {
        return children.stream().filter(c -> c.tag.equals(childTag)).findFirst();
    }

    public List<ConfigNode> children(String childTag) {
        return children.stream().filter(c -> c.tag.equals(childTag)).toList();
    }

    public Optional<ConfigNode> find(String childTag, String childKey) {
        return children.stream()
                .filter(c -> c.tag.equals(childTag) && childKey.equals(c.key()))
                .findFirst();
    }

    /** Follows a path of child tags; empty when any step is missing. */
    public Optional<ConfigNode> path(String... tags) {
        ConfigNode node = this;
        for (String t : tags) {
            Optional<ConfigNode> next = node.child(t);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** The text of a child leaf, or null. */
    public String childText(String childTag) {
        return child(childTag).map(ConfigNode::text).orElse(null);
    }

    /** The sibling in {@code siblings} that this node edits: same tag and, for list entries, same key. */
    Optional<ConfigNode> matchIn(ConfigNode parent) {
        String k = key();
        return parent.children.stream()
                .filter(c -> c.tag.equals(tag) && Objects.equals(k, c.key()))
                .findFirst();
    }

    public ConfigNode copy() {
        ConfigNode copy = new ConfigNode(tag).text(text);
        copy.attributes.putAll(attributes);
        children.forEach(c -> copy.children.add(c.copy()));
        return copy;
    }

    /** A copy without edit attributes: what the database stores. */
    public ConfigNode stripped() {
        ConfigNode copy = new ConfigNode(tag).text(text);
        children.forEach(c -> copy.children.add(c.stripped()));
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigNode n
                && tag.equals(n.tag)
                && Objects.equals(text, n.text)
                && children.equals(n.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, text, children);
    }

    @Override
    public String toString() {
        return ConfigXml.toXml(this);
    }
}
