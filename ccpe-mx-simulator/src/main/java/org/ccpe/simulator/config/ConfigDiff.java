package org.ccpe.simulator.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Junos {@code show | compare} text between two configurations: for each hierarchy level
 * that changed, an {@code [edit ...]} header, then the statements removed ({@code -}) and added
 * ({@code +}) at that level, whole blocks included; changed blocks are descended into. An empty
 * string means no difference.
 *
 * <pre>
 * [edit interfaces ge-1/0/3]
 * +    unit 210 {
 * +        vlan-id 210;
 * +    }
 * </pre>
 */
public final class ConfigDiff {

    private ConfigDiff() {}

    public static String compare(ConfigNode before, ConfigNode after) {
        StringBuilder out = new StringBuilder();
        compareLevel("[edit]", before, after, out);
        return out.toString();
    }

    private static void compareLevel(String path, ConfigNode before, ConfigNode after, StringBuilder out) {
        List<String> lines = new ArrayList<>();
        List<ConfigNode[]> changedBlocks = new ArrayList<>();
        for (ConfigNode old : before.children()) {
            if (old.matchIn(after).isEmpty()) {
                addStatement('-', before, old, lines);
            }
        }
        for (ConfigNode now : after.children()) {
            Optional<ConfigNode> old = now.matchIn(before);
            if (old.isEmpty()) {
                addStatement('+', after, now, lines);
            } else if (!old.get().equals(now)) {
                if (now.isLeaf() || old.get().isLeaf()) {
                    addStatement('-', before, old.get(), lines);
                    addStatement('+', after, now, lines);
                } else {
                    changedBlocks.add(new ConfigNode[] {old.get(), now});
                }
            }
        }
        if (!lines.isEmpty()) {
            out.append(path).append('\n');
            lines.forEach(l -> out.append(l).append('\n'));
        }
        for (ConfigNode[] pair : changedBlocks) {
            String label = Objects.requireNonNull(ConfigText.label(after, pair[1]));
            String childPath = path.equals("[edit]") ? "[edit " + label + "]" : path.substring(0, path.length() - 1) + " " + label + "]";
            compareLevel(childPath, pair[0], pair[1], out);
        }
    }

    private static void addStatement(char sign, ConfigNode parent, ConfigNode node, List<String> lines) {
        if (node.tag().equals(ConfigNode.KEY) && node.isLeaf()) {
            return;
        }
        List<String> block = new ArrayList<>();
        ConfigText.appendLines(parent, node, 1, block);
        block.forEach(l -> lines.add(sign + l.substring(1)));
    }
}
