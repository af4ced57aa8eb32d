package org.ccpe.activationdirector;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One resource representation as a tree of named elements, rendered as XML or as JSON from the
 * same tree, so the two formats of the contract can never say different things. XML attributes
 * ({@code key}, {@code size}) become JSON members; elements marked repeated ({@code Customer},
 * {@code Site}, {@code Link}) become JSON arrays even when there is one. Seed files are read back
 * into the same tree, from either format.
 */
final class Representation {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<Representation> children = new ArrayList<>();
  private String text;
  private boolean number;
  private boolean repeated;

  private Representation(String name) {
    this.name = name;
  }

  static Representation element(String name) {
    return new Representation(name);
  }

  /** An element that is one of a list: always a JSON array. */
  static Representation repeated(String name) {
    Representation e = new Representation(name);
    e.repeated = true;
    return e;
  }

  String name() {
    return name;
  }

  Representation attribute(String attribute, Object value) {
    if (value != null) {
      attributes.put(attribute, value.toString());
    }
    return this;
  }

  /** A child with text; nothing when {@code value} is null. */
  Representation text(String child, String value) {
    if (value != null) {
      Representation e = new Representation(child);
      e.text = value;
      children.add(e);
    }
    return this;
  }

  Representation number(String child, long value) {
    Representation e = new Representation(child);
    e.text = Long.toString(value);
    e.number = true;
    children.add(e);
    return this;
  }

  Representation add(Representation child) {
    children.add(child);
    return this;
  }

  // ---- reading back (seed files) ----

  /** The text of the attribute or child element {@code field}, null when absent or blank. */
  String field(String field) {
    String value = attributes.get(field);
    if (value == null) {
      Representation child = first(field);
      value = child == null ? null : child.text;
    }
    return value == null || value.isBlank() ? null : value.strip();
  }

  Representation first(String child) {
    for (Representation c : children) {
      if (c.name.equals(child)) {
        return c;
      }
    }
    return null;
  }

  List<Representation> all(String child) {
    List<Representation> found = new ArrayList<>();
    for (Representation c : children) {
      if (c.name.equals(child)) {
        found.add(c);
      }
    }
    return found;
  }

  // ---- XML ----

  String toXml(String namespace) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writeXml(out, namespace, 0);
    return out.toString();
  }

  private void writeXml(StringBuilder out, String namespace, int depth) {
    out.append("  ".repeat(depth)).append('<').append(name);
    if (namespace != null) {
      out.append(" xmlns=\"").append(escapeXml(namespace)).append('"');
    }
    attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escapeXml(v)).append('"'));
    if (children.isEmpty() && text == null) {
      out.append("/>\n");
    } else if (children.isEmpty()) {
      out.append('>').append(escapeXml(text)).append("</").append(name).append(">\n");
    } else {
      out.append(">\n");
      for (Representation c : children) {
        c.writeXml(out, null, depth + 1);
      }
      out.append("  ".repeat(depth)).append("</").append(name).append(">\n");
    }
  }

  private static String escapeXml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Parses XML with DTDs and external entities refused. */
  static Representation fromXml(byte[] xml) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // errors are thrown, not printed
      return fromElement(builder.parse(new ByteArrayInputStream(xml)).getDocumentElement());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static Representation fromElement(Element element) {
    Representation e = new Representation(element.getLocalName());
    NamedNodeMap attrs = element.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (!"xmlns".equals(a.getName()) && !"xmlns".equals(a.getPrefix())) {
        e.attributes.put(a.getLocalName(), a.getValue());
      }
    }
    boolean hasElements = false;
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        e.children.add(fromElement(child));
        hasElements = true;
      }
    }
    if (!hasElements) {
      e.text = element.getTextContent();
    }
    return e;
  }

  // ---- JSON ----

  /** The tree as a JSON document: {@code {"<name>": {...}}}. */
  String toJson() {
    StringBuilder out = new StringBuilder("{");
    JsonSyntax.string(out, name);
    out.append(':');
    writeJsonValue(out);
    return out.append("}\n").toString();
  }

  private void writeJsonValue(StringBuilder out) {
    if (children.isEmpty() && attributes.isEmpty()) {
      if (text == null) {
        out.append("null");
      } else if (number) {
        out.append(text);
      } else {
        JsonSyntax.string(out, text);
      }
      return;
    }
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> a : attributes.entrySet()) {
      first = comma(out, first);
      JsonSyntax.string(out, a.getKey());
      out.append(':');
      if (a.getValue().matches("-?[0-9]{1,18}")) {
        out.append(a.getValue());
      } else {
        JsonSyntax.string(out, a.getValue());
      }
    }
    Map<String, List<Representation>> byName = new LinkedHashMap<>();
    for (Representation c : children) {
      byName.computeIfAbsent(c.name, k -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, List<Representation>> group : byName.entrySet()) {
      first = comma(out, first);
      JsonSyntax.string(out, group.getKey());
      out.append(':');
      List<Representation> members = group.getValue();
      if (members.size() == 1 && !members.get(0).repeated) {
        members.get(0).writeJsonValue(out);
      } else {
        out.append('[');
        for (int i = 0; i < members.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          members.get(i).writeJsonValue(out);
        }
        out.append(']');
      }
    }
    out.append('}');
  }

  private static boolean comma(StringBuilder out, boolean first) {
    if (!first) {
      out.append(',');
    }
    return false;
  }

  /** Reads a JSON document; the top-level object becomes an element named {@code ""}. */
  static Representation fromJson(String json) throws IOException {
    return fromJsonValue("", JsonSyntax.parse(json));
  }

  @SuppressWarnings("unchecked")
  private static Representation fromJsonValue(String name, Object value) {
    Representation e = new Representation(name);
    if (value instanceof Map<?, ?> object) {
      for (Map.Entry<String, Object> m : ((Map<String, Object>) object).entrySet()) {
        if (m.getValue() instanceof List<?> list) {
          for (Object item : list) {
            Representation c = fromJsonValue(m.getKey(), item);
            c.repeated = true;
            e.children.add(c);
          }
        } else if (m.getValue() != null) {
          e.children.add(fromJsonValue(m.getKey(), m.getValue()));
        }
      }
    } else if (value != null) {
      e.text = value.toString();
      e.number = value instanceof Number;
    }
    return e;
  }
}
