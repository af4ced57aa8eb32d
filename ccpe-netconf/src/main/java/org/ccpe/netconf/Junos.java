package org.ccpe.netconf;

import java.time.Duration;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Junos-specific RPCs the provisioning engine uses, on an open {@link NetconfSession}: load a
 * change into the candidate, read the candidate's diff as the operator would see it
 * ({@code show | compare}), commit with Junos' own options, and run operational commands such as
 * {@code ping} or DHCP binding queries. Replies are checked exactly like the standard operations;
 * Junos nests {@code <rpc-error>}s inside its results, and those are found too.
 */
public final class Junos {
  private final NetconfSession session;

  Junos(NetconfSession session) {
    this.session = session;
  }

  /** How {@code load-configuration} combines the change with the candidate. */
  public enum LoadAction {
    /** Add to and change what is there. */
    MERGE,
    /** Replace the hierarchies marked {@code replace="replace"} (xml) or {@code replace:} (text). */
    REPLACE,
    /** Replace the whole candidate with the given configuration. */
    OVERRIDE;

    String attribute() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Loads a {@code <configuration>} element (Junos XML) into the candidate. */
  public Reply loadConfiguration(LoadAction action, String configurationXml) throws NetconfException {
    return session.call("load-configuration", "<load-configuration action=\"" + action.attribute() + "\" format=\"xml\">"
        + configurationXml + "</load-configuration>");
  }

  /** Loads configuration in Junos curly-brace text form into the candidate. */
  public Reply loadConfigurationText(LoadAction action, String configurationText) throws NetconfException {
    return session.call("load-configuration", "<load-configuration action=\"" + action.attribute() + "\" format=\"text\">"
        + "<configuration-text>" + SafeXml.escape(configurationText) + "</configuration-text></load-configuration>");
  }

  /**
   * The candidate's differences from the running configuration as Junos text
   * ({@code show configuration | compare rollback 0}); empty when there are none.
   */
  public String candidateDiff() throws NetconfException {
    Reply reply = session.call("get-configuration compare",
        "<get-configuration compare=\"rollback\" rollback=\"0\" format=\"text\"/>");
    NodeList output = reply.element().getElementsByTagNameNS("*", "configuration-output");
    return output.getLength() > 0 ? output.item(0).getTextContent().strip() : reply.text();
  }

  /**
   * {@code <commit-configuration>}. A commit (not a check) whose reply never came throws
   * {@link CommitOutcomeUnknownException}; a check that timed out throws {@link ReplyTimeoutException}.
   */
  public Reply commitConfiguration(JunosCommit options) throws NetconfException {
    return options.checkOnly()
        ? session.call("commit check", options.xml())
        : session.commitCall("commit-configuration", options.xml());
  }

  /** An operational RPC, e.g. {@code <get-dhcp-server-binding-information>}, with the reply timeout. */
  public Reply operational(String rpcXml) throws NetconfException {
    return session.call(operationName(rpcXml), rpcXml);
  }

  /** An operational RPC with its own timeout (a {@code ping} takes as long as its count). */
  public Reply operational(String rpcXml, Duration timeout) throws NetconfException {
    return session.call(operationName(rpcXml), rpcXml, timeout);
  }

  /** The payload element of an operational reply, e.g. {@code <ping-results>}, or null. */
  public static Element results(Reply reply) {
    return reply.content();
  }

  private static String operationName(String rpcXml) {
    int start = rpcXml.indexOf('<') + 1;
    int end = start;
    while (end < rpcXml.length() && " />\t\r\n".indexOf(rpcXml.charAt(end)) < 0) {
      end++;
    }
    return start > 0 && end > start ? rpcXml.substring(start, end) : "operational rpc";
  }
}
