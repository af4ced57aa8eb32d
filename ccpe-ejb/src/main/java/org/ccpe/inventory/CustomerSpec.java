package org.ccpe.inventory;

/**
 * What a caller asks a customer to be. {@code name} is used only at creation (it cannot change);
 * {@code displayName} defaults to the name.
 */
public record CustomerSpec(
    String name,
    String displayName,
    String accountNumber,
    String contactName,
    String contactEmail,
    String contactInfo,
    String externalId) {}
