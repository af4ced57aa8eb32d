package org.ccpe.netconf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One {@code <rpc-error>} of a reply (RFC 6241 section 4.3). Optional fields are {@code null} when
 * the server left them out.
 *
 * @param type layer the error came from
 * @param tag the error tag, e.g. {@code invalid-value}, {@code lock-denied}, {@code data-missing}
 * @param severity error or warning
 * @param appTag application-specific tag, or null
 * @param path XPath of the element at fault, or null
 * @param message human-readable text, or null
 * @param info the children of {@code <error-info>} by local name ({@code bad-element},
 *     {@code session-id}, ...), in document order
 */
public record RpcError(
    Type type,
    String tag,
    Severity severity,
    String appTag,
    String path,
    String message,
    Map<String, String> info) {

  /** The {@code error-type}: where the error happened. */
  public enum Type { TRANSPORT, RPC, PROTOCOL, APPLICATION }

  /** The {@code error-severity}. */
  public enum Severity { ERROR, WARNING }

  public RpcError {
    info = Collections.unmodifiableMap(new LinkedHashMap<>(info));
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /** Reads an {@code <rpc-error>} element, in the base namespace or not (Junos nests its own). */
  static RpcError from(Element rpcError) {
    Fields fields = new Fields();
    for (Node child = rpcError.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      if ("error-info".equals(child.getLocalName())) {
        readInfo((Element) child, fields.info);
      } else {
        fields.set(child.getLocalName(), child.getTextContent().strip());
      }
    }
    return fields.build();
  }

  /** Reads an {@code <rpc-error>} from a stream standing on its start tag; leaves it on the end tag. */
  static RpcError from(javax.xml.stream.XMLStreamReader reader) throws javax.xml.stream.XMLStreamException {
    Fields fields = new Fields();
    while (true) {
      int event = reader.next();
      if (event == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
        return fields.build();
      }
      if (event != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = reader.getLocalName();
      if ("error-info".equals(name)) {
        ReplyScan.info(reader, fields.info);
      } else {
        fields.set(name, ReplyScan.text(reader));
      }
    }
  }

  /** The fields of one {@code <rpc-error>} as they are read, whichever way it is read. */
  private static final class Fields {
    private Type type = Type.APPLICATION;
    private Severity severity = Severity.ERROR;
    private String tag;
    private String appTag;
    private String path;
    private String message;
    private final Map<String, String> info = new LinkedHashMap<>();

    void set(String localName, String text) {
      switch (localName) {
        case "error-type" -> type = parse(Type.class, text, Type.APPLICATION);
        case "error-tag" -> tag = text;
        case "error-severity" -> severity = parse(Severity.class, text, Severity.ERROR);
        case "error-app-tag" -> appTag = text;
        case "error-path" -> path = text;
        case "error-message" -> message = text;
        default -> { }
      }
    }

    RpcError build() {
      return new RpcError(type, tag, severity, appTag, path, message, info);
    }
  }

  private static void readInfo(Element errorInfo, Map<String, String> info) {
    for (Node item = errorInfo.getFirstChild(); item != null; item = item.getNextSibling()) {
      if (item.getNodeType() == Node.ELEMENT_NODE) {
        info.merge(item.getLocalName(), item.getTextContent().strip(), (a, b) -> a + ", " + b);
      }
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> kind, String text, E fallback) {
    try {
      return Enum.valueOf(kind, text.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(severity.name().toLowerCase(java.util.Locale.ROOT))
        .append(' ').append(tag);
    if (message != null) {
      text.append(": ").append(message);
    }
    if (path != null) {
      text.append(" [at ").append(path).append(']');
    }
    if (!info.isEmpty()) {
      text.append(' ').append(info);
    }
    return text.toString();
  }
}
