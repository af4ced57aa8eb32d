package org.ccpe.common;

/** This server's name in a cluster: WildFly's {@code jboss.node.name} (the host name by default). */
public final class ServerNode {
  private ServerNode() {}

  public static String name() {
    return System.getProperty("jboss.node.name", "local");
  }
}
