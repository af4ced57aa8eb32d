package org.ccpe.netconf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A successful {@code <rpc-reply>}: {@code <ok/>} or data, plus any warnings the server attached.
 * The DOM belongs to this reply alone (parsed for it, shared with nobody); read it, don't change it.
 *
 * @param messageId the {@code message-id} the reply answered
 * @param warnings {@code <rpc-error>}s of severity warning, in document order
 * @param element the {@code <rpc-reply>} element itself
 */
public record Reply(String messageId, List<RpcError> warnings, Element element) {

  public Reply {
    warnings = List.copyOf(warnings);
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
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
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
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  /**
   * Reads an {@code <rpc-reply>}. Errors are looked for at any depth, because Junos nests its
   * {@code <rpc-error>}s inside {@code <load-configuration-results>} and {@code <commit-results>}.
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
      RpcError error = RpcError.from((Element) found.item(i));
      (error.isWarning() ? warnings : errors).add(error);
    }
    if (!errors.isEmpty()) {
      throw new RpcErrorException(operation, errors, warnings);
    }
    return new Reply(rpcReply.getAttribute("message-id"), warnings, rpcReply);
  }
}
