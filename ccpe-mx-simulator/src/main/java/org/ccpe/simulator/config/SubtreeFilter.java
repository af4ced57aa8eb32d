package org.ccpe.simulator.config;

import java.util.List;

/**
 * RFC 6241 subtree filtering of a configuration: an empty filter element selects the whole
 * subtree, a leaf with text must match (content match, e.g. {@code <name>ge-1/0/3</name>}),
 * and a filter element with children selects inside the matching children. List entries keep
 * their key, so a selected unit still says which unit it is.
 */
public final class SubtreeFilter {

    private SubtreeFilter() {}

    /** The part of {@code data} the filter selects, or null when it selects nothing of it. */
    public static ConfigNode select(ConfigNode data, ConfigNode filter) {
        if (filter.isLeaf() && filter.text() == null) {
            return data.copy();
        }
        List<ConfigNode> contentMatches = filter.children().stream().filter(f -> f.isLeaf() && f.text() != null).toList();
        for (ConfigNode match : contentMatches) {
            if (!match.text().equals(data.childText(match.tag()))) {
                return null;
            }
        }
        List<ConfigNode> selections = filter.children().stream().filter(f -> !contentMatches.contains(f)).toList();
        if (selections.isEmpty()) {
            return data.copy();
        }
        ConfigNode result = new ConfigNode(data.tag());
        for (ConfigNode child : data.children()) {
            if (child.tag().equals(ConfigNode.KEY) && child.isLeaf()
                    || contentMatches.stream().anyMatch(m -> m.tag().equals(child.tag()))) {
                result.add(child.copy());
                continue;
            }
            for (ConfigNode selection : selections) {
                if (selection.tag().equals(child.tag())) {
                    ConfigNode selected = select(child, selection);
                    if (selected != null) {
                        result.add(selected);
                        break;
                    }
                }
            }
        }
        return result;
    }
}
