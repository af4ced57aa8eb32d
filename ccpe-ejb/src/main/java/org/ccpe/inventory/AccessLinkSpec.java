package org.ccpe.inventory;

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
    String externalId) {}
