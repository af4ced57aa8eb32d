package org.ccpe.importing;

import java.time.OffsetDateTime;

/**
 * A customer as the activation director lists it: its ID (also its VPN's ID), name, account and
 * contact. {@code lastUpdated} tells whether it changed since it was imported; either date may be
 * absent.
 */
public record AdCustomerSummary(
    String id,
    String name,
    String accountNumber,
    String contactName,
    String contactEmail,
    OffsetDateTime created,
    OffsetDateTime lastUpdated) {}
