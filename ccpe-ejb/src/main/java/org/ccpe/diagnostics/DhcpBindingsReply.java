package org.ccpe.diagnostics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ccpe.net.Ipv4Address;
import org.ccpe.net.MacAddress;
import org.w3c.dom.Element;

/**
 * Reads a Junos {@code <dhcp-server-binding-information>} reply. The router's answer is checked
 * like any other outside input: an address or MAC that does not parse, or a binding of another
 * routing instance than the one asked for, refuses the whole reply, because showing a customer
 * another instance's devices would leak another customer's LAN.
 */
public final class DhcpBindingsReply {
  /** Junos states are upper-case words such as {@code BOUND}, {@code SELECTING}, {@code RENEWING}. */
  private static final Pattern STATE = Pattern.compile("[A-Za-z][A-Za-z_-]{0,31}");
  private static final Pattern SECONDS = Pattern.compile("(\\d{1,10})(\\s+seconds?)?");
  private static final int MAX_HOSTNAME = 255;
  private static final int MAX_BINDINGS = 100_000;

  private DhcpBindingsReply() {}

  /**
   * @param routingInstance the instance asked for: every binding must belong to it
   * @param now the time the reply came, from which relative lease times count
   */
  public static List<DhcpBinding> parse(Element reply, String routingInstance, Instant now) {
    if (reply == null || !"dhcp-server-binding-information".equals(reply.getLocalName())) {
      throw new RouterReplyException("the router answered the DHCP binding query with "
          + (reply == null ? "nothing" : "<" + reply.getLocalName() + ">"));
    }
    List<DhcpBinding> bindings = new ArrayList<>();
    for (Element binding : ReplyElements.children(reply, "dhcp-binding")) {
      if (bindings.size() == MAX_BINDINGS) {
        throw new RouterReplyException("the router listed more than " + MAX_BINDINGS + " DHCP bindings");
      }
      bindings.add(binding(binding, "dhcp-binding[" + bindings.size() + "]", routingInstance, now));
    }
    return List.copyOf(bindings);
  }

  private static DhcpBinding binding(Element binding, String path, String routingInstance, Instant now) {
    String instance = ReplyElements.text(binding, "routing-instance-name");
    if (instance != null && !instance.equals(routingInstance)) {
      throw new RouterReplyException(path + " belongs to routing instance " + instance + ", not " + routingInstance);
    }
    String address = parsed(path + ".allocated-address", ReplyElements.required(binding, "allocated-address", path),
        text -> Ipv4Address.parse(text).toString());
    String mac = parsed(path + ".mac-address", ReplyElements.required(binding, "mac-address", path),
        text -> MacAddress.parse(text).toString());
    String state = ReplyElements.required(binding, "binding-state", path);
    if (!STATE.matcher(state).matches()) {
      throw new RouterReplyException(path + ".binding-state is not a DHCP state: " + state);
    }
    return new DhcpBinding(address, mac, state.toUpperCase(Locale.ROOT), expiry(binding, path, now), hostname(binding));
  }

  /**
   * Junos gives the remaining lease as {@code 86331} or {@code 86331 seconds} (with the number also
   * in a {@code junos:seconds} attribute), and {@code never} for a lease without end.
   */
  private static Instant expiry(Element binding, String path, Instant now) {
    Element element = ReplyElements.child(binding, "lease-expires-in");
    if (element == null) {
      return null;
    }
    String seconds = ReplyElements.attribute(element, "seconds");
    String text = seconds == null ? element.getTextContent().strip() : seconds.strip();
    if (text.equalsIgnoreCase("never") || text.equalsIgnoreCase("infinite")) {
      return null;
    }
    var matcher = SECONDS.matcher(text);
    if (!matcher.matches()) {
      throw new RouterReplyException(path + ".lease-expires-in is not a number of seconds: " + text);
    }
    return now.plusSeconds(Long.parseLong(matcher.group(1)));
  }

  /** The client's own name is whatever it sent: kept only when it is printable and short. */
  private static String hostname(Element binding) {
    String name = ReplyElements.text(binding, "client-hostname");
    if (name == null) {
      name = ReplyElements.text(binding, "hostname");
    }
    if (name == null || name.length() > MAX_HOSTNAME || name.chars().anyMatch(Character::isISOControl)) {
      return null;
    }
    return name;
  }

  private static String parsed(String field, String text, java.util.function.UnaryOperator<String> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new RouterReplyException(field + " is invalid (" + e.getMessage() + "): " + ReplyElements.shortened(text));
    }
  }
}
