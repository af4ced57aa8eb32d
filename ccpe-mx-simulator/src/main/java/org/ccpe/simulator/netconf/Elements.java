package org.ccpe.simulator.netconf;

import java.util.Optional;
import org.ccpe.simulator.config.ConfigXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading an RPC's DOM by local name, whatever namespace prefix the client chose. */
final class Elements {

    private Elements() {}

    static Optional<Element> child(Element parent, String localName) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && ConfigXml.localName(e).equals(localName)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static Optional<Element> firstChild(Element parent) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String childText(Element parent, String localName) {
        return child(parent, localName).map(e -> e.getTextContent().trim()).orElse(null);
    }

    static boolean has(Element parent, String localName) {
        return child(parent, localName).isPresent();
    }

    /** An attribute by local name in any namespace, or null. */
    static String attribute(Element element, String localName) {
        var attrs = element.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            if (ConfigXml.localName(attrs.item(i)).equals(localName)) {
                return attrs.item(i).getNodeValue();
            }
        }
        return null;
    }

    /** A non-negative integer child, or {@code fallback} when absent. */
    static int intChild(Element parent, String localName, int fallback) throws RpcException {
        String text = childText(parent, localName);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RpcException(new RpcError("protocol", "invalid-value", null,
                    "not a valid " + localName + ": " + text, localName, null));
        }
    }
}
