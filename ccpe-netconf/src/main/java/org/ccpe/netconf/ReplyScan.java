package org.ccpe.netconf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming (StAX) reads of a reply's raw bytes, so a reply is never turned into a DOM just to be
 * routed or checked for errors. Hardened like {@link SafeXml}: a DOCTYPE is refused, no entity is
 * ever resolved.
 */
final class ReplyScan {
  private static final XMLInputFactory FACTORY = hardenedFactory();
  private static final byte[] RPC_ERROR = {'r', 'p', 'c', '-', 'e', 'r', 'r', 'o', 'r'};

  private ReplyScan() {}

  /** The root element of a message: its local name and its {@code message-id} (null when absent). */
  record Root(String localName, String messageId) {}

  /** Reads only up to the root's start tag. */
  static Root root(byte[] message) throws NetconfException {
    XMLStreamReader reader = open(message);
    try {
      toRoot(reader);
      return new Root(reader.getLocalName(), reader.getAttributeValue(null, "message-id"));
    } catch (XMLStreamException e) {
      throw malformed(e);
    } finally {
      close(reader);
    }
  }

  /**
   * Collects the reply's {@code <rpc-error>}s wherever they may legally stand: children of
   * {@code <rpc-reply>}, and nested at any depth in results (Junos puts them inside
   * {@code <load-configuration-results>}, {@code <commit-results>}). Never inside a
   * {@code <data>} or {@code <configuration>} payload: an element named {@code rpc-error} there is
   * configuration, not an error. A UTF-8 reply that does not even contain the bytes
   * {@code rpc-error} has none, and is not read at all.
   */
  static void errors(byte[] message, List<RpcError> errors, List<RpcError> warnings) throws NetconfException {
    if (isUtf8OrAscii(message) && indexOf(message, RPC_ERROR) < 0) {
      return;
    }
    XMLStreamReader reader = open(message);
    try {
      toRoot(reader);
      int depth = 1;
      while (depth > 0) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if ("rpc-error".equals(name)) {
            RpcError error = RpcError.from(reader);
            (error.isWarning() ? warnings : errors).add(error);
          } else if ("data".equals(name) || "configuration".equals(name)) {
            skipElement(reader);
          } else {
            depth++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        } else if (event == XMLStreamConstants.DTD) {
          throw new XMLStreamException("DOCTYPE is not allowed");
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(e);
    } finally {
      close(reader);
    }
  }

  /** The text of the element the reader stands on (all its descendants' text), stripped; leaves it on the end tag. */
  static String text(XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (reader.next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        default -> { }
      }
    }
    return text.toString().strip();
  }

  /** The children of {@code <error-info>} by local name, repeated names joined by ", ". */
  static void info(XMLStreamReader reader, Map<String, String> info) throws XMLStreamException {
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = reader.getLocalName();
        info.merge(name, text(reader), (a, b) -> a + ", " + b);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
    }
  }

  private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static void toRoot(XMLStreamReader reader) throws XMLStreamException {
    while (true) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.DTD) {
        throw new XMLStreamException("DOCTYPE is not allowed");
      }
    }
  }

  /** UTF-16/32 (a BOM or a zero byte up front) would hide the ASCII bytes of a tag name. */
  private static boolean isUtf8OrAscii(byte[] message) {
    for (int i = 0; i < Math.min(4, message.length); i++) {
      int b = message[i] & 0xff;
      if (b == 0 || b == 0xfe || b == 0xff) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = 0; i <= last; i++) {
      if (haystack[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static XMLStreamReader open(byte[] message) throws NetconfException {
    try {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(message));
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  private static void close(XMLStreamReader reader) {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // nothing held but the byte array
    }
  }

  private static NetconfException malformed(XMLStreamException e) {
    return new NetconfException("malformed XML from server: " + e.getMessage(), e);
  }

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external entities are not allowed: " + systemId);
    });
    return factory;
  }
}
