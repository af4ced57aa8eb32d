package org.ccpe.inventory;

/**
 * What a caller asks a site to be. {@code routingInstance} may be given at creation (an import
 * knows the name the activation system used); otherwise it is derived from customer and site name.
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
    String externalId) {}
