package org.ccpe.web.api;

import org.ccpe.inventory.Router;

/**
 * A router as the API shows it. Secrets are write-only: only whether each is set appears here.
 */
public record RouterJson(
    long id,
    long version,
    String name,
    String managementHost,
    int netconfPort,
    String netconfUser,
    boolean netconfPasswordSet,
    boolean netconfPrivateKeySet,
    String snmpVersion,
    int snmpPort,
    boolean snmpCommunitySet,
    String snmpV3User,
    String snmpAuthProtocol,
    boolean snmpAuthKeySet,
    String snmpPrivProtocol,
    boolean snmpPrivKeySet,
    String servicesInterfacePrefix,
    String servicesPic,
    String model,
    String description) {

  static RouterJson of(Router r) {
    return new RouterJson(r.getId(), r.getVersion(), r.getName(), r.getManagementHost(),
        r.getNetconfPort(), r.getNetconfUser(), r.hasNetconfPassword(), r.hasNetconfPrivateKey(),
        lower(r.getSnmpVersion()), r.getSnmpPort(), r.hasSnmpCommunity(), r.getSnmpUser(),
        lower(r.getSnmpAuthProtocol()), r.hasSnmpAuthKey(), lower(r.getSnmpPrivProtocol()),
        r.hasSnmpPrivKey(), r.getServicesPrefix().junos(), r.getServicesInterface(), r.getModel(),
        r.getDescription());
  }

  static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase();
  }
}
