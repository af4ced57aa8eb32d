package org.ccpe.diagnostics;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading a Junos operational reply by local names, whatever namespaces the router uses. */
final class ReplyElements {
  private static final int MAX_QUOTED = 64;

  private ReplyElements() {}

  static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  static Element child(Element parent, String localName) {
    List<Element> found = children(parent, localName);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The stripped text of a child element, or null when it is absent or empty. */
  static String text(Element parent, String localName) {
    Element child = child(parent, localName);
    String text = child == null ? null : child.getTextContent().strip();
    return text == null || text.isEmpty() ? null : text;
  }

  static String required(Element parent, String localName, String path) {
    String text = text(parent, localName);
    if (text == null) {
      throw new RouterReplyException(path + "." + localName + " is missing");
    }
    return text;
  }

  /** An attribute by its local name in any namespace ({@code junos:seconds}), or null. */
  static String attribute(Element element, String localName) {
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
      if (localName.equals(name) || name.endsWith(":" + localName)) {
        return attribute.getNodeValue();
      }
    }
    return null;
  }

  /** Whether the element has a child of that name, such as a flag {@code <ping-success/>}. */
  static boolean has(Element parent, String localName) {
    return child(parent, localName) != null;
  }

  /** A router's text quoted in a message, cut short so a huge value cannot flood it. */
  static String shortened(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "…";
  }
}
