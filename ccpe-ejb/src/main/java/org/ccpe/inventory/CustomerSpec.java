package org.ccpe.inventory;

import org.ccpe.common.EmailAddress;
import org.ccpe.common.Violations;

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
    String externalId) {

  /** The fields besides the name, checked and trimmed (blank becomes null). */
  public record Checked(String displayName, String accountNumber, String contactName,
      String contactEmail, String contactInfo, String externalId) {}

  /** Checks every field but the name (which only creation reads), recording each broken rule in {@code v}. */
  public Checked check(Violations v) {
    EmailAddress email = v.parseOptional("contactEmail", contactEmail, EmailAddress::parse);
    return new Checked(
        v.optional("displayName", displayName, 128),
        v.optional("accountNumber", accountNumber, 64),
        v.optional("contactName", contactName, 128),
        email == null ? null : email.value(),
        v.optional("contactInfo", contactInfo, 2000),
        v.optional("externalId", externalId, 128));
  }
}
