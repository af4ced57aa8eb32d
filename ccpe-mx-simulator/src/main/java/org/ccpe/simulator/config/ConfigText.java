package org.ccpe.simulator.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Junos curly-brace text form of a configuration ({@code show configuration}).
 *
 * <p>The XML-to-text mapping has two Junos quirks worth knowing: entries of a few plural
 * containers drop their keyword ({@code interfaces { ge-1/0/3 { ... } }} is
 * {@code <interfaces><interface><name>ge-1/0/3</name>}), and a list entry with nothing but its
 * key prints on one line ({@code interface ge-1/0/3.210;}). Parsing the text back needs to know
 * which one-line statements are such entries rather than leaves: {@link #KEYED_STATEMENTS}.
 */
public final class ConfigText {

    /** Plural containers whose entries print without their keyword, and that keyword. */
    static final Map<String, String> IMPLICIT_ENTRY = Map.of(
            "interfaces", "interface",
            "routing-instances", "instance",
            "bridge-domains", "domain",
            "vlans", "vlan");

    /** One-line statements {@code keyword value;} that are list entries, not leaves. */
    static final Set<String> KEYED_STATEMENTS = Set.of(
            "interface", "address", "name-server", "client", "pool", "group",
            "rule", "term", "service-set", "route", "member", "server", "nat-rules", "stateful-firewall-rules",
            "routing-instance");

    private ConfigText() {}

    /** Renders the children of a {@code <configuration>} root. */
    public static String render(ConfigNode configuration) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(configuration)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The lines of the children of {@code parent}, indented 4 spaces a level. */
    public static List<String> lines(ConfigNode parent) {
        List<String> out = new ArrayList<>();
        parent.children().forEach(c -> appendLines(parent, c, 0, out));
        return out;
    }

    /** The lines of one statement at {@code depth}, block and all. */
    static void appendLines(ConfigNode parent, ConfigNode node, int depth, List<String> out) {
        String indent = "    ".repeat(depth);
        if (node.isLeaf()) {
            out.add(indent + node.tag() + (node.text() == null ? "" : " " + quote(node.text())) + ";");
        } else if (node.isKeyOnly()) {
            out.add(indent + label(parent, node) + ";");
        } else {
            out.add(indent + label(parent, node) + " {");
            node.children().stream()
                    .filter(c -> !(c.tag().equals(ConfigNode.KEY) && c.isLeaf()))
                    .forEach(c -> appendLines(node, c, depth + 1, out));
            out.add(indent + "}");
        }
    }

    /** How a statement names itself in text and in {@code [edit ...]} paths. */
    public static String label(ConfigNode parent, ConfigNode node) {
        String key = node.key();
        if (key == null) {
            return node.isLeaf() && node.text() != null ? node.tag() + " " + quote(node.text()) : node.tag();
        }
        if (parent != null && node.tag().equals(IMPLICIT_ENTRY.get(parent.tag()))) {
            return quote(key);
        }
        return node.tag() + " " + quote(key);
    }

    static String quote(String value) {
        boolean plain = !value.isEmpty() && value.chars().noneMatch(ch ->
                Character.isWhitespace(ch) || ch == ';' || ch == '{' || ch == '}' || ch == '"' || ch == '#');
        return plain ? value : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * Parses Junos text into a {@code <configuration>} edit tree. Supports blocks, one-line
     * statements, {@code [ a b ]} value lists, quoted strings, comments, and the
     * {@code replace:} / {@code delete:} statement prefixes of {@code load replace}.
     */
    public static ConfigNode parse(String text) {
        ConfigNode root = new ConfigNode("configuration");
        Parser parser = new Parser(new ConfigTextTokenizer(text).tokens());
        parser.statements(root, false);
        return root;
    }

    private static final class Parser {
        private final List<String> tokens;
        private int pos;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        void statements(ConfigNode parent, boolean inBlock) {
            while (pos < tokens.size()) {
                if (tokens.get(pos).equals("}")) {
                    if (!inBlock) {
                        throw new IllegalArgumentException("syntax error: unexpected '}'");
                    }
                    pos++;
                    return;
                }
                statement(parent);
            }
            if (inBlock) {
                throw new IllegalArgumentException("syntax error: missing '}'");
            }
        }

        private void statement(ConfigNode parent) {
            String prefix = null;
            if (tokens.get(pos).equals("replace:") || tokens.get(pos).equals("delete:")) {
                prefix = tokens.get(pos++);
            }
            List<String> words = new ArrayList<>();
            while (pos < tokens.size() && !isTerminator(tokens.get(pos))) {
                words.add(tokens.get(pos++));
            }
            if (pos >= tokens.size() || words.isEmpty()) {
                throw new IllegalArgumentException("syntax error near: " + String.join(" ", words));
            }
            String terminator = tokens.get(pos++);
            List<ConfigNode> made = build(parent, words, terminator.equals("{"));
            if (terminator.equals("{")) {
                if (made.size() != 1) {
                    throw new IllegalArgumentException("syntax error: a value list cannot open a block");
                }
                statements(made.get(0), true);
            }
            for (ConfigNode node : made) {
                if ("replace:".equals(prefix)) {
                    node.attribute("replace", "replace");
                } else if ("delete:".equals(prefix)) {
                    node.attribute("delete", "delete");
                }
                parent.add(node);
            }
        }

        private static boolean isTerminator(String token) {
            return token.equals(";") || token.equals("{") || token.equals("}");
        }

        private List<ConfigNode> build(ConfigNode parent, List<String> words, boolean opensBlock) {
            String implicit = IMPLICIT_ENTRY.get(parent.tag());
            if (implicit != null && words.size() == 1) {
                return List.of(ConfigNode.entry(implicit, words.get(0)));
            }
            String keyword = words.get(0);
            if (words.size() > 2 && words.get(1).equals("[")) {
                List<ConfigNode> values = new ArrayList<>();
                for (String w : words.subList(2, words.size())) {
                    if (!w.equals("]")) {
                        values.add(valueNode(keyword, w));
                    }
                }
                return values;
            }
            if (words.size() == 1) {
                return List.of(new ConfigNode(keyword));
            }
            if (words.size() == 2 && !opensBlock && !KEYED_STATEMENTS.contains(keyword)) {
                return List.of(ConfigNode.leaf(keyword, words.get(1)));
            }
            // keyword key [leaf value]...: "route 0.0.0.0/0 next-hop 192.0.2.1;"
            ConfigNode entry = ConfigNode.entry(keyword, words.get(1));
            for (int i = 2; i < words.size(); i += 2) {
                entry.add(i + 1 < words.size() ? ConfigNode.leaf(words.get(i), words.get(i + 1)) : new ConfigNode(words.get(i)));
            }
            return List.of(entry);
        }

        private static ConfigNode valueNode(String keyword, String value) {
            return KEYED_STATEMENTS.contains(keyword) ? ConfigNode.entry(keyword, value) : ConfigNode.leaf(keyword, value);
        }
    }
}
