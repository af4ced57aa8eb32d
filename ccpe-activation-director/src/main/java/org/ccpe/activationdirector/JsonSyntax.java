package org.ccpe.activationdirector;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON this source needs without a library: strings written escaped, and a strict
 * RFC 8259 reader into maps, lists, strings, numbers ({@link BigDecimal}), booleans and null.
 */
final class JsonSyntax {
  private static final int MAX_DEPTH = 64;
  private final String text;
  private int at;

  private JsonSyntax(String text) {
    this.text = text;
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  static Object parse(String json) throws IOException {
    JsonSyntax p = new JsonSyntax(json);
    Object value = p.value(0);
    p.blank();
    if (p.at != json.length()) {
      throw p.error("text after the JSON value");
    }
    return value;
  }

  private Object value(int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    blank();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    if (c == '{') {
      return object(depth);
    } else if (c == '[') {
      return array(depth);
    } else if (c == '"') {
      return string();
    } else if (text.startsWith("true", at)) {
      at += 4;
      return Boolean.TRUE;
    } else if (text.startsWith("false", at)) {
      at += 5;
      return Boolean.FALSE;
    } else if (text.startsWith("null", at)) {
      at += 4;
      return null;
    }
    return number();
  }

  private Map<String, Object> object(int depth) throws IOException {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    blank();
    if (peek('}')) {
      at++;
      return members;
    }
    while (true) {
      blank();
      if (!peek('"')) {
        throw error("expected a member name");
      }
      String key = string();
      blank();
      expect(':');
      members.put(key, value(depth + 1));
      blank();
      if (peek(',')) {
        at++;
      } else {
        expect('}');
        return members;
      }
    }
  }

  private List<Object> array(int depth) throws IOException {
    List<Object> items = new ArrayList<>();
    at++;
    blank();
    if (peek(']')) {
      at++;
      return items;
    }
    while (true) {
      items.add(value(depth + 1));
      blank();
      if (peek(',')) {
        at++;
      } else {
        expect(']');
        return items;
      }
    }
  }

  private String string() throws IOException {
    StringBuilder s = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return s.toString();
      } else if (c == '\\') {
        if (at >= text.length()) {
          break;
        }
        char e = text.charAt(at++);
        switch (e) {
          case '"', '\\', '/' -> s.append(e);
          case 'b' -> s.append('\b');
          case 'f' -> s.append('\f');
          case 'n' -> s.append('\n');
          case 'r' -> s.append('\r');
          case 't' -> s.append('\t');
          case 'u' -> {
            if (at + 4 > text.length()) {
              throw error("short \\u escape");
            }
            try {
              s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("bad \\u escape");
            }
            at += 4;
          }
          default -> throw error("bad escape \\" + e);
        }
      } else if (c < 0x20) {
        throw error("control character in a string");
      } else {
        s.append(c);
      }
    }
    throw error("unterminated string");
  }

  private BigDecimal number() throws IOException {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String n = text.substring(start, at);
    if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw error(n.isEmpty() ? "unexpected character '" + text.charAt(start) + "'" : "bad number " + n);
    }
    return new BigDecimal(n);
  }

  private void blank() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private boolean peek(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void expect(char c) throws IOException {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    at++;
  }

  private IOException error(String what) {
    return new IOException("not valid JSON at character " + at + ": " + what);
  }
}
