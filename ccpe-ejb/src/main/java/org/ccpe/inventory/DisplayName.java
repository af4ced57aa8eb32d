package org.ccpe.inventory;

/**
 * The name and description people see of a site or an access link (for a customer, its display
 * name alone), as a customer administrator renames them. Keys that reach the router (the
 * customer's login name, routing instances, interfaces) are never part of it.
 */
public record DisplayName(String name, String description) {}
