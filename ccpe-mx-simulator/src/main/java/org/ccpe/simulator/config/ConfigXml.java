package org.ccpe.simulator.config;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XML in and out of the simulator. Parsing is hardened: a document with a DOCTYPE is refused, so
 * no external entity, no entity expansion and no DTD fetch can ever happen.
 */
public final class ConfigXml {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(ConfigXml::newBuilder);

    private ConfigXml() {}

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    /** Parses a whole document; {@link IllegalArgumentException} when it is not well-formed or has a DTD. */
    public static Document parse(String xml) {
        DocumentBuilder builder = BUILDER.get();
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("malformed XML: " + e.getMessage(), e);
        } finally {
            builder.reset();
        }
    }

    /** Parses a {@code <configuration>} document into a tree. */
    public static ConfigNode parseConfiguration(String xml) {
        return fromElement(parse(xml).getDocumentElement());
    }

    /** Converts a DOM element into a tree: local names only, edit attributes kept. */
    public static ConfigNode fromElement(Element element) {
        ConfigNode node = new ConfigNode(localName(element));
        NamedNodeMap attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr attr = (Attr) attrs.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
                node.attribute(localName(attr), attr.getValue());
            }
        }
        boolean hasElements = false;
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                node.add(fromElement(e));
                hasElements = true;
            }
        }
        if (!hasElements) {
            String text = element.getTextContent().trim();
            node.text(text.isEmpty() ? null : text);
        }
        return node;
    }

    public static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    public static String toXml(ConfigNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out, 0);
        return out.toString();
    }

    /** Writes a tree as indented XML, one element a line. */
    public static void write(ConfigNode node, StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('<').append(node.tag());
        node.attributes().forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escapeAttribute(v)).append('"'));
        if (node.isLeaf()) {
            if (node.text() == null) {
                out.append("/>\n");
            } else {
                out.append('>').append(escape(node.text())).append("</").append(node.tag()).append(">\n");
            }
            return;
        }
        out.append(">\n");
        node.children().forEach(c -> write(c, out, depth + 1));
        out.append("  ".repeat(depth)).append("</").append(node.tag()).append(">\n");
    }

    /** Escapes an attribute value (double-quoted). */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }

    /** Escapes element text. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
