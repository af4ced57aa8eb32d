package org.ccpe.netconf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The server's {@code <hello>}: what it can do and which session id it gave us.
 *
 * @param sessionId the server-assigned {@code session-id}
 * @param capabilities what the server advertised
 */
public record Hello(long sessionId, Capabilities capabilities) {

  /** What this client advertises: both bases, so chunked framing is used wherever possible. */
  static final Capabilities CLIENT = new Capabilities(List.of(Capabilities.BASE_1_0, Capabilities.BASE_1_1));

  /** Chunked framing when both sides speak base:1.1 (RFC 6242 section 4.1). */
  Framing framing() {
    return capabilities.has(Capabilities.BASE_1_1) && CLIENT.has(Capabilities.BASE_1_1)
        ? Framing.CHUNKED : Framing.END_OF_MESSAGE;
  }

  static String clientHelloXml() {
    StringBuilder xml = new StringBuilder(256)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<hello xmlns=\"").append(NetconfSession.BASE_NAMESPACE).append("\"><capabilities>");
    for (String uri : CLIENT.uris()) {
      xml.append("<capability>").append(uri).append("</capability>");
    }
    return xml.append("</capabilities></hello>").toString();
  }

  static Hello from(Element hello) throws NetconfException {
    if (!"hello".equals(hello.getLocalName())) {
      throw new NetconfException("expected the server's <hello>, got <" + hello.getTagName() + ">");
    }
    List<String> uris = new ArrayList<>();
    NodeList capabilities = hello.getElementsByTagNameNS("*", "capability");
    for (int i = 0; i < capabilities.getLength(); i++) {
      uris.add(capabilities.item(i).getTextContent().strip());
    }
    NodeList ids = hello.getElementsByTagNameNS("*", "session-id");
    if (ids.getLength() == 0) {
      throw new NetconfException("server <hello> has no session-id");
    }
    String id = ids.item(0).getTextContent().strip();
    try {
      Hello result = new Hello(Long.parseLong(id), new Capabilities(uris));
      if (!result.capabilities.hasAny(Capabilities.BASE_1_0, Capabilities.BASE_1_1)) {
        throw new NetconfException("server <hello> advertises no NETCONF base capability");
      }
      return result;
    } catch (NumberFormatException e) {
      throw new NetconfException("server <hello> has a bad session-id: " + id, e);
    }
  }
}
