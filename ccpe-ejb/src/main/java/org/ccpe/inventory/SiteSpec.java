package org.ccpe.inventory;

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

  /** A site without VPN identifiers (they can be given later). */
  public SiteSpec(String name, String description, Long routerId, String routingInstance, String lanGateway,
      String contactName, String contactEmail, String contactInfo, String externalId) {
    this(name, description, routerId, routingInstance, lanGateway, contactName, contactEmail, contactInfo,
        externalId, null, null);
  }
}
