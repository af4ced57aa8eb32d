package org.ccpe.importing;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * One activation-director answer as a tree of named fields, built from XML (attributes and child
 * elements alike) or from JSON (members; arrays become repeated fields), so one mapping reads both
 * formats. Each node knows its path ({@code Customers/Customer[2]/Common}) for error messages.
 */
final class AdNode {
  /** A field the contract requires is missing or wrong; the client adds the request. */
  static final class Wrong extends RuntimeException {
    final String where;

    Wrong(String where, String what) {
      super(what, null, false, false);
      this.where = where;
    }
  }

  private final String path;
  private final String text;
  private final Map<String, List<AdNode>> fields = new LinkedHashMap<>();

  private AdNode(String path, String text) {
    this.path = path;
    this.text = text;
  }

  String path() {
    return path;
  }

  static AdNode fromXml(Element element) {
    return fromXml(element, element.getLocalName());
  }

  private static AdNode fromXml(Element element, String path) {
    Map<String, List<Element>> elements = new LinkedHashMap<>();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        elements.computeIfAbsent(child.getLocalName(), k -> new ArrayList<>()).add(child);
      }
    }
    AdNode node = new AdNode(path, elements.isEmpty() ? element.getTextContent() : null);
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (!"xmlns".equals(a.getName()) && !"xmlns".equals(a.getPrefix())) {
        String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
        node.fields.put(name, List.of(new AdNode(path + "/@" + name, a.getValue())));
      }
    }
    elements.forEach((name, list) -> {
      List<AdNode> children = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        children.add(fromXml(list.get(i), path + "/" + name + (list.size() > 1 ? "[" + (i + 1) + "]" : "")));
      }
      node.fields.put(name, children);
    });
    return node;
  }

  static AdNode fromJson(String path, JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT -> {
        AdNode node = new AdNode(path, null);
        for (Map.Entry<String, JsonValue> m : ((JsonObject) value).entrySet()) {
          String name = m.getKey();
          String at = path.isEmpty() ? name : path + "/" + name;
          List<AdNode> children = new ArrayList<>();
          if (m.getValue() instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
              children.add(fromJson(at + "[" + (i + 1) + "]", array.get(i)));
            }
          } else if (m.getValue().getValueType() != JsonValue.ValueType.NULL) {
            children.add(fromJson(at, m.getValue()));
          }
          node.fields.put(name, children);
        }
        return node;
      }
      case STRING -> {
        return new AdNode(path, ((JsonString) value).getString());
      }
      case NUMBER -> {
        return new AdNode(path, ((JsonNumber) value).bigDecimalValue().toPlainString());
      }
      case TRUE, FALSE -> {
        return new AdNode(path, value.toString());
      }
      default -> throw new Wrong(path, "expected an object, a string or a number, found " + value.getValueType());
    }
  }

  /** The first field {@code name}, or null. */
  AdNode child(String name) {
    List<AdNode> list = fields.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  AdNode requiredChild(String name) {
    AdNode child = child(name);
    if (child == null) {
      throw new Wrong(path, name + " is missing");
    }
    return child;
  }

  List<AdNode> children(String name) {
    return fields.getOrDefault(name, List.of());
  }

  /** The text of field {@code name}, stripped; null when absent or blank. */
  String text(String name) {
    AdNode child = child(name);
    if (child == null) {
      return null;
    }
    if (child.text == null) {
      throw new Wrong(child.path, "expected a value, found a structure");
    }
    return child.text.isBlank() ? null : child.text.strip();
  }

  String requiredText(String name) {
    String value = text(name);
    if (value == null) {
      throw new Wrong(path + "/" + name, "missing");
    }
    return value;
  }

  /** An optional whole number field. */
  Long number(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new Wrong(path + "/" + name, "'" + value + "' is not a whole number");
    }
  }

  Wrong wrong(String field, String what) {
    return new Wrong(field == null ? path : path + "/" + field, what);
  }
}
