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
  private static final byte[] MESSAGE_ID = {'m', 'e', 's', 's', 'a', 'g', 'e', '-', 'i', 'd'};
  private static final byte[] QUESTION_GT = {'?', '>'};

  private ReplyScan() {}

  /** The root element of a message: its local name and its {@code message-id} (null when absent). */
  record Root(String localName, String messageId) {}

  /**
   * Reads only up to the root's start tag. The common case (UTF-8, an XML declaration or nothing
   * before the root, a plain {@code message-id}) is read by hand, which costs next to nothing;
   * anything else (a DOCTYPE, which is refused, other encodings, entity references) goes to the
   * hardened StAX reader.
   */
  static Root root(byte[] message) throws NetconfException {
    Root root = isUtf8OrAscii(message) ? quickRoot(message) : null;
    return root != null ? root : streamRoot(message);
  }

  /** The root tag read by hand, or null when anything about it is not plain. */
  static Root quickRoot(byte[] m) {
    int n = m.length;
    int i = n >= 3 && (m[0] & 0xff) == 0xef && (m[1] & 0xff) == 0xbb && (m[2] & 0xff) == 0xbf ? 3 : 0;
    while (true) {
      i = skipSpace(m, i);
      if (i + 1 >= n || m[i] != '<') {
        return null;
      }
      if (m[i + 1] == '?') {
        int end = indexOf(m, QUESTION_GT, i + 2);
        if (end < 0) {
          return null;
        }
        i = end + 2;
      } else if (m[i + 1] == '!') {
        return null; // a comment is legal but rare; a DOCTYPE is refused by the stream reader
      } else {
        break;
      }
    }
    int nameStart = ++i;
    int colon = -1;
    while (i < n && !isSpace(m[i]) && m[i] != '>' && m[i] != '/') {
      if (m[i] == ':') {
        colon = i;
      }
      i++;
    }
    if (i >= n || i == nameStart) {
      return null;
    }
    String localName = ascii(m, colon < 0 ? nameStart : colon + 1, i);
    String messageId = null;
    while (true) {
      i = skipSpace(m, i);
      if (i >= n) {
        return null;
      }
      if (m[i] == '>' || m[i] == '/') {
        return localName.isEmpty() ? null : new Root(localName, messageId);
      }
      int attrStart = i;
      while (i < n && m[i] != '=' && !isSpace(m[i])) {
        i++;
      }
      int attrEnd = i;
      i = skipSpace(m, i);
      if (i >= n || m[i] != '=') {
        return null;
      }
      i = skipSpace(m, i + 1);
      if (i >= n || (m[i] != '"' && m[i] != '\'')) {
        return null;
      }
      byte quote = m[i];
      int valueStart = ++i;
      while (i < n && m[i] != quote) {
        if (m[i] == '&' || m[i] == '<') {
          return null; // an entity or character reference: let the parser decode it
        }
        i++;
      }
      if (i >= n) {
        return null;
      }
      if (attrEnd - attrStart == MESSAGE_ID.length && indexOf(m, MESSAGE_ID, attrStart) == attrStart) {
        messageId = new String(m, valueStart, i - valueStart, java.nio.charset.StandardCharsets.UTF_8);
      }
      i++;
    }
  }

  private static int skipSpace(byte[] m, int i) {
    while (i < m.length && isSpace(m[i])) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private static String ascii(byte[] m, int from, int to) {
    for (int k = from; k < to; k++) {
      if (m[k] < 0) {
        return new String(m, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return new String(m, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  static Root streamRoot(byte[] message) throws NetconfException {
    XMLStreamReader reader = open(message);
    try {
      toRoot(reader);
      String messageId = null;
      for (int k = 0; k < reader.getAttributeCount(); k++) {
        String namespace = reader.getAttributeNamespace(k);
        if ((namespace == null || namespace.isEmpty()) && "message-id".equals(reader.getAttributeLocalName(k))) {
          messageId = reader.getAttributeValue(k); // the unqualified attribute of RFC 6241, as a DOM's getAttribute
        }
      }
      return new Root(reader.getLocalName(), messageId);
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
    if (isUtf8OrAscii(message) && indexOf(message, RPC_ERROR, 0) < 0) {
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

  static int indexOf(byte[] haystack, byte[] needle, int from) {
    byte first = needle[0];
    int last = haystack.length - needle.length;
    outer:
    for (int i = from; i <= last; i++) {
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
