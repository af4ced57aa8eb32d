package org.ccpe.diagnostics;

import java.time.Duration;

/** The Junos operational RPCs the diagnostics send, built from values we already validated. */
final class OperationalRequests {
  private OperationalRequests() {}

  /** {@code show dhcp server binding routing-instance <ri> detail}. */
  static String dhcpBindings(String routingInstance) {
    return "<get-dhcp-server-binding-information><routing-instance>" + escape(routingInstance)
        + "</routing-instance><detail/></get-dhcp-server-binding-information>";
  }

  /**
   * {@code ping <target> routing-instance <ri> source <source> count <n> rapid wait <s>}: the
   * probes leave from the origin site's own gateway inside its instance, so the answer says
   * whether the two sites reach each other through the VPN, not whether the router does.
   */
  static String ping(String routingInstance, String source, String target, int count, Duration wait) {
    return "<ping><host>" + escape(target) + "</host><routing-instance>" + escape(routingInstance)
        + "</routing-instance><source>" + escape(source) + "</source><count>" + count
        + "</count><rapid/><wait>" + Math.max(1, wait.toSeconds()) + "</wait></ping>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
