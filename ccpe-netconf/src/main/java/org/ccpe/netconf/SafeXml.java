package org.ccpe.netconf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML in and out of the wire. Parsing refuses any DOCTYPE, so neither external entities (XXE) nor
 * entity expansion ("billion laughs") can reach the parser; NETCONF messages never need a DTD.
 */
final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = hardenedFactory();

  private SafeXml() {}

  /** A parser for one thread (each session's reader owns one). */
  static DocumentBuilder newParser() {
    try {
      synchronized (FACTORY) {
        DocumentBuilder parser = FACTORY.newDocumentBuilder();
        parser.setEntityResolver((publicId, systemId) -> {
          throw new SAXException("external entities are not allowed: " + systemId);
        });
        parser.setErrorHandler(new DefaultHandler());
        return parser;
      }
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be configured", e);
    }
  }

  static Document parse(DocumentBuilder parser, byte[] xml) throws NetconfException {
    try {
      parser.reset();
      return parser.parse(new InputSource(new ByteArrayInputStream(xml)));
    } catch (SAXException | IOException e) {
      throw new NetconfException("malformed XML from server: " + e.getMessage(), e);
    }
  }

  /** Escapes text for an element's content or a double-quoted attribute. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        default -> null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  static String serialize(Node node) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(node), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialize XML", e);
    }
  }

  private static DocumentBuilderFactory hardenedFactory() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be hardened", e);
    }
  }
}
