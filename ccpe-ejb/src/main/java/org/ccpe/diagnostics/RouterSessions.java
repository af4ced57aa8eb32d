package org.ccpe.diagnostics;

import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.provisioning.ProvisioningSettings;
import org.ccpe.provisioning.RouterAccess;
import org.ccpe.provisioning.RouterDevices;

/**
 * Read-only NETCONF sessions for operational commands. They do not take the router's commit
 * lease: they never touch the candidate, Junos serves several sessions at once, and a ping run
 * should neither wait behind a commit nor hold one up. They do insist on the router's pinned
 * host key: a router we never provisioned has none, and is not trusted on first use here.
 */
final class RouterSessions {
  private RouterSessions() {}

  static NetconfSession open(RouterAccess router) {
    if (router.knownHosts() == null) {
      throw new RouterReplyException("the router " + router.name()
          + " has not been provisioned yet (its host key is not known), so it is not asked");
    }
    try {
      return RouterDevices.device(router, ProvisioningSettings.current()).openSession();
    } catch (NetconfException | RuntimeException e) {
      throw new RouterReplyException("the router " + router.name() + " cannot be reached just now", e);
    }
  }
}
