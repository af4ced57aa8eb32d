package org.ccpe.simulator.config;

import java.util.ArrayList;
import java.util.List;

/** Splits Junos configuration text into words, quoted strings and the punctuation {@code { } ; [ ]}. */
final class ConfigTextTokenizer {

    private final String text;
    private int pos;

    ConfigTextTokenizer(String text) {
        this.text = text;
    }

    List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (pos >= text.length()) {
                return tokens;
            }
            char c = text.charAt(pos);
            if ("{};[]".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                pos++;
            } else if (c == '"') {
                tokens.add(quoted());
            } else {
                int start = pos;
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
                        && "{};[]\"".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
                tokens.add(text.substring(start, pos));
            }
        }
    }

    private void skipBlanksAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("syntax error: unterminated comment");
                }
                pos = end + 2;
            } else {
                return;
            }
        }
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && pos < text.length()) {
                c = text.charAt(pos++);
            }
            value.append(c);
        }
        throw new IllegalArgumentException("syntax error: unterminated string");
    }
}
