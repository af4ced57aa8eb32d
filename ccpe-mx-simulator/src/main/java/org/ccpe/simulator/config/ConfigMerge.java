package org.ccpe.simulator.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Applies an edit tree to a configuration tree, the way Junos does for any hierarchy: children
 * are matched by tag and, for list entries, by their {@code <name>} key, so one generic walk
 * serves interfaces, routing instances, pools, service sets and the rest alike.
 *
 * <p>Per element, an edit may say {@code operation="merge|replace|create|delete|remove"} (NETCONF,
 * in any namespace) or {@code delete="delete"} / {@code replace="replace"} (Junos XML). A leaf
 * without an operation overwrites the old value; a container without one is merged into.
 */
public final class ConfigMerge {

    private enum Operation { MERGE, REPLACE, CREATE, DELETE }

    private ConfigMerge() {}

    /** Applies {@code edit} (a {@code <configuration>} root) to {@code target} in place. */
    public static void apply(ConfigNode target, ConfigNode edit, LoadAction action) throws ConfigurationException {
        if (action == LoadAction.OVERRIDE) {
            target.clearChildren();
            edit.children().stream()
                    .filter(c -> operationOf(c) != Operation.DELETE)
                    .forEach(c -> target.add(c.stripped()));
            return;
        }
        mergeChildren(target, edit, "[edit]");
    }

    private static void mergeChildren(ConfigNode target, ConfigNode edit, String path) throws ConfigurationException {
        for (ConfigNode change : edit.children()) {
            Optional<ConfigNode> existing = change.matchIn(target);
            switch (operationOf(change)) {
                case DELETE -> existing.ifPresent(target::remove);
                case REPLACE -> target.replace(existing.orElse(null), change.stripped());
                case CREATE -> {
                    if (existing.isPresent()) {
                        throw new ConfigurationException(new ConfigError("data-exists", path, change.tag(),
                                "statement already exists: " + ConfigText.label(target, change), null));
                    }
                    target.add(change.stripped());
                }
                case MERGE -> merge(target, change, existing, path);
            }
        }
    }

    private static void merge(ConfigNode target, ConfigNode change, Optional<ConfigNode> existing, String path)
            throws ConfigurationException {
        if (change.isLeaf()) {
            if (existing.isPresent()) {
                existing.get().text(change.text());
            } else {
                target.add(change.stripped());
            }
            return;
        }
        ConfigNode into = existing.orElseGet(() -> {
            ConfigNode created = new ConfigNode(change.tag());
            target.add(created);
            return created;
        });
        String label = ConfigText.label(target, change);
        mergeChildren(into, change, path.equals("[edit]") ? "[edit " + label + "]" : path.substring(0, path.length() - 1) + " " + label + "]");
    }

    private static Operation operationOf(ConfigNode node) {
        if ("delete".equals(node.attributes().get("delete"))) {
            return Operation.DELETE;
        }
        if ("replace".equals(node.attributes().get("replace"))) {
            return Operation.REPLACE;
        }
        String op = node.attributes().get("operation");
        if (op == null) {
            return Operation.MERGE;
        }
        return switch (op.toLowerCase(Locale.ROOT)) {
            case "delete", "remove" -> Operation.DELETE;
            case "replace" -> Operation.REPLACE;
            case "create" -> Operation.CREATE;
            default -> Operation.MERGE;
        };
    }
}
