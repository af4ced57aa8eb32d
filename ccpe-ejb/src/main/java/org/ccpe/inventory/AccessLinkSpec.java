package org.ccpe.inventory;

import org.ccpe.common.Violations;
import org.ccpe.net.InterfaceName;
import org.ccpe.net.VlanId;

/**
 * What a caller asks an access link to be. {@code routerId} defaults to the site's router.
 *
 * @param interfaceName logical interface with unit, e.g. {@code ge-1/0/3.210}
 * @param role {@code vpn} or {@code internet}
 */
public record AccessLinkSpec(
    Long routerId,
    String interfaceName,
    Integer vlanId,
    String role,
    String name,
    String description,
    String externalId) {

  /** The fields besides the router, checked and trimmed (blank becomes null). */
  public record Checked(InterfaceName interfaceName, VlanId vlan, AccessLinkRole role, String name,
      String description, String externalId) {}

  /** Checks every field but the router, recording each broken rule in {@code v}. */
  public Checked check(Violations v) {
    return new Checked(
        v.parse("interfaceName", interfaceName, InterfaceName::parse),
        v.check("vlanId", () -> VlanId.of(vlanId)),
        v.parse("role", role, t -> Enums.parse(AccessLinkRole.class, t)),
        v.optional("name", name, 64),
        v.optional("description", description, 1000),
        v.optional("externalId", externalId, 128));
  }
}
