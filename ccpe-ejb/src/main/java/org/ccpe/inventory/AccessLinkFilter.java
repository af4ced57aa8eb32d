package org.ccpe.inventory;

/** Which access links to list; null fields do not filter. */
public record AccessLinkFilter(
    Long siteId, Long customerId, Long routerId, String nameContains, String externalId) {}
