package org.ccpe.inventory;

/** Which sites to list; null fields do not filter. */
public record SiteFilter(Long customerId, Long routerId, String nameContains, String externalId) {}
