package org.ccpe.netconf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A successful {@code <rpc-reply>}: {@code <ok/>} or data, plus any warnings the server attached.
 * Immutable and safe to share between threads.
 *
 * <p>The reply keeps the bytes the server sent and builds its DOM only when first asked for it
 * ({@link #element()}, {@link #data()}, {@link #content()}, {@link #xml()}, {@link #text()}): a
 * caller that only needs to know the call succeeded never pays for parsing a large payload. Errors
 * and warnings were already found, by a streaming read, before the reply was handed out. The DOM
 * belongs to this reply alone (parsed for it, shared with nobody); read it, don't change it.
 */
public final class Reply {
  private static final ThreadLocal<javax.xml.parsers.DocumentBuilder> PARSER = ThreadLocal.withInitial(SafeXml::newParser);

  private final String messageId;
  private final List<RpcError> warnings;
  private final byte[] message;
  private volatile Element element;

  private Reply(String messageId, List<RpcError> warnings, byte[] message, Element element) {
    this.messageId = messageId;
    this.warnings = List.copyOf(warnings);
    this.message = message;
    this.element = element;
  }

  /** The {@code message-id} the reply answered. */
  public String messageId() {
    return messageId;
  }

  /** {@code <rpc-error>}s of severity warning, in document order. */
  public List<RpcError> warnings() {
    return warnings;
  }

  /** The size of the reply as received, in bytes, without framing (0 for a reply built from a DOM). */
  public int size() {
    return message == null ? 0 : message.length;
  }

  /**
   * The {@code <rpc-reply>} element itself, parsed on first use.
   *
   * @throws IllegalStateException when the payload is not well-formed XML (its envelope and any
   *     errors were read before the call returned; the rest is read only here)
   */
  public Element element() {
    Element parsed = element;
    if (parsed == null) {
      synchronized (this) {
        parsed = element;
        if (parsed == null) {
          try {
            parsed = SafeXml.parse(PARSER.get(), message).getDocumentElement();
          } catch (NetconfException e) {
            throw new IllegalStateException("reply " + messageId + ": " + e.getMessage(), e);
          }
          element = parsed;
        }
      }
    }
    return parsed;
  }

  /** The {@code <data>} element of a get/get-config reply, or null when there is none. */
  public Element data() {
    return firstChild("data");
  }

  /**
   * The reply's payload: its first child element that is neither {@code <ok/>} nor an
   * {@code <rpc-error>} ({@code <data>}, or a Junos result such as
   * {@code <configuration-information>}), or null for a plain {@code <ok/>}.
   */
  public Element content() {
    for (Node child = element().getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && !"ok".equals(e.getLocalName()) && !"rpc-error".equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  /** The payload serialized as XML text, or an empty string for {@code <ok/>}. */
  public String xml() {
    Element content = content();
    return content == null ? "" : SafeXml.serialize(content);
  }

  /** The text of the payload with surrounding white space removed (e.g. a Junos text diff). */
  public String text() {
    Element content = content();
    return content == null ? "" : content.getTextContent().strip();
  }

  private Element firstChild(String localName) {
    for (Node child = element().getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "Reply[messageId=" + messageId + ", warnings=" + warnings + ", size=" + size() + "]";
  }

  /**
   * Reads an {@code <rpc-reply>} as received, without building a DOM: its envelope, then its
   * errors by a streaming pass (see {@link ReplyScan#errors}).
   *
   * @throws RpcErrorException when the reply holds at least one error of severity error
   */
  static Reply from(byte[] message, String operation) throws RpcErrorException, NetconfException {
    ReplyScan.Root root = ReplyScan.root(message);
    if (!"rpc-reply".equals(root.localName())) {
      throw new NetconfException("expected <rpc-reply> to " + operation + ", got <" + root.localName() + ">");
    }
    List<RpcError> errors = new ArrayList<>();
    List<RpcError> warnings = new ArrayList<>();
    ReplyScan.errors(message, errors, warnings);
    if (!errors.isEmpty()) {
      throw new RpcErrorException(operation, errors, warnings);
    }
    return new Reply(root.messageId() == null ? "" : root.messageId(), warnings, message, null);
  }

  /**
   * Reads an {@code <rpc-reply>} already parsed. Errors are looked for at any depth, because Junos
   * nests its {@code <rpc-error>}s inside {@code <load-configuration-results>} and
   * {@code <commit-results>}, but not inside {@code <data>} or {@code <configuration>} payloads.
   *
   * @throws RpcErrorException when the reply holds at least one error of severity error
   */
  static Reply from(Element rpcReply, String operation) throws RpcErrorException, NetconfException {
    if (!"rpc-reply".equals(rpcReply.getLocalName())) {
      throw new NetconfException("expected <rpc-reply> to " + operation + ", got <" + rpcReply.getTagName() + ">");
    }
    List<RpcError> errors = new ArrayList<>();
    List<RpcError> warnings = new ArrayList<>();
    NodeList found = rpcReply.getElementsByTagNameNS("*", "rpc-error");
    for (int i = 0; i < found.getLength(); i++) {
      Element candidate = (Element) found.item(i);
      if (!insidePayload(candidate, rpcReply)) {
        RpcError error = RpcError.from(candidate);
        (error.isWarning() ? warnings : errors).add(error);
      }
    }
    if (!errors.isEmpty()) {
      throw new RpcErrorException(operation, errors, warnings);
    }
    return new Reply(rpcReply.getAttribute("message-id"), warnings, null, rpcReply);
  }

  private static boolean insidePayload(Element node, Element root) {
    for (Node up = node.getParentNode(); up != null && up != root; up = up.getParentNode()) {
      if ("data".equals(up.getLocalName()) || "configuration".equals(up.getLocalName())) {
        return true;
      }
      if ("rpc-error".equals(up.getLocalName())) {
        return true; // an rpc-error inside another one's content is that one's detail, not an error of its own
      }
    }
    return false;
  }
}
