package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.inventory.Customer;

/** A customer as the provider's API shows it. */
public record CustomerJson(
    long id,
    long version,
    String name,
    String displayName,
    String accountNumber,
    String contactName,
    String contactEmail,
    String contactInfo,
    String externalId,
    String source,
    Instant createdAt,
    Instant updatedAt) {

  static CustomerJson of(Customer c) {
    return new CustomerJson(c.getId(), c.getVersion(), c.getName(), c.getDisplayName(),
        c.getAccountNumber(), c.getContactName(), c.getContactEmail(), c.getContactInfo(),
        c.getExternalId(), RouterJson.lower(c.getSource()), c.getCreatedAt(), c.getUpdatedAt());
  }
}
