package org.ccpe.inventory;

import org.ccpe.common.EmailAddress;
import org.ccpe.common.Violations;
import org.ccpe.net.InterfaceAddress;

/**
 * What a caller asks a site to be. {@code routingInstance} may be given at creation (an import
 * knows the name the activation system used); otherwise it is derived from customer and site name.
 *
 * @param routeDistinguisher the site VPN's RD, e.g. {@code 65000:101} or {@code 192.0.2.1:101}; with
 *     {@code vrfTarget} it makes the routing instance a VRF (without, a virtual router)
 * @param vrfTarget e.g. {@code target:65000:101}
 */
public record SiteSpec(
    String name,
    String description,
    Long routerId,
    String routingInstance,
    String lanGateway,
    String contactName,
    String contactEmail,
    String contactInfo,
    String externalId,
    String routeDistinguisher,
    String vrfTarget) {

  /** The fields besides router and routing instance, checked and trimmed (blank becomes null). */
  public record Checked(String name, String description, InterfaceAddress lan, String contactName,
      String contactEmail, String contactInfo, String externalId, String routeDistinguisher,
      String vrfTarget) {}

  /**
   * Checks every field but the router (which needs the inventory) and the routing instance (which
   * only creation reads), recording each broken rule in {@code v}. RD and VRF target both or
   * neither is only judged when nothing else in {@code v} is wrong.
   */
  public Checked check(Violations v) {
    String checkedName = v.required("name", name, 64);
    String checkedDescription = v.optional("description", description, 1000);
    InterfaceAddress lan = v.parse("lanGateway", lanGateway, InterfaceAddress::parse);
    String checkedContactName = v.optional("contactName", contactName, 128);
    EmailAddress email = v.parseOptional("contactEmail", contactEmail, EmailAddress::parse);
    String checkedContactInfo = v.optional("contactInfo", contactInfo, 2000);
    String checkedExternalId = v.optional("externalId", externalId, 128);
    String rd = v.parseOptional("routeDistinguisher", routeDistinguisher, VpnIdentifiers::routeDistinguisher);
    String target = v.parseOptional("vrfTarget", vrfTarget, VpnIdentifiers::vrfTarget);
    if ((rd == null) != (target == null) && v.isEmpty()) {
      v.add(rd == null ? "routeDistinguisher" : "vrfTarget", "give both the route distinguisher and the VRF target, or neither");
    }
    return new Checked(checkedName, checkedDescription, lan, checkedContactName,
        email == null ? null : email.value(), checkedContactInfo, checkedExternalId, rd, target);
  }
}
