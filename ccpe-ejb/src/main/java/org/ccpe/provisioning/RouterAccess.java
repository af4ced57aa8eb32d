package org.ccpe.provisioning;

/**
 * How to open a NETCONF session to one router, read from the inventory for one conversation and
 * then dropped. Holds clear-text secrets: never log it (its {@code toString} hides them).
 *
 * @param knownHosts OpenSSH known_hosts lines for the router, or null before its first session
 */
public record RouterAccess(long routerId, String name, String host, int port, String user,
    String password, String privateKeyPem, String knownHosts) {

  /** Reads a router's access from the inventory (clear-text secrets: keep it short-lived). */
  public static RouterAccess of(org.ccpe.inventory.Router router) {
    return new RouterAccess(router.getId(), router.getName(), router.getManagementHost(), router.getNetconfPort(),
        router.getNetconfUser(), router.netconfPassword(), router.netconfPrivateKey(), router.netconfKnownHosts());
  }

  @Override
  public String toString() {
    return "RouterAccess[" + name + " " + user + "@" + host + ":" + port + "]";
  }
}
