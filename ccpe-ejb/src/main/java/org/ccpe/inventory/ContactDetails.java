package org.ccpe.inventory;

import org.ccpe.common.EmailAddress;
import org.ccpe.common.Violations;

/** Whom to call about a customer or a site: what a customer administrator keeps up to date itself. */
public record ContactDetails(String contactName, String contactEmail, String contactInfo) {

  /** The details checked and trimmed (blank becomes null), each broken rule recorded in {@code v}. */
  public ContactDetails check(Violations v) {
    EmailAddress email = v.parseOptional("contactEmail", contactEmail, EmailAddress::parse);
    return new ContactDetails(v.optional("contactName", contactName, 128), email == null ? null : email.value(),
        v.optional("contactInfo", contactInfo, 2000));
  }
}
