package org.ccpe.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.VersionedEntity;

/**
 * A business customer of the provider. Its {@link CustomerName name} is fixed at creation; the
 * display name is what people see. The account number is the provider's and is never shown to
 * customer users.
 */
@Entity
@Table(name = "customer")
public class Customer extends VersionedEntity implements CustomerOwned {
  @Column(nullable = false, unique = true, updatable = false, length = CustomerName.MAX_LENGTH)
  private String name;

  @Column(name = "display_name", nullable = false, length = 128)
  private String displayName;

  @Column(name = "account_number", length = 64)
  private String accountNumber;

  @Column(name = "contact_name", length = 128)
  private String contactName;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "contact_info", length = 2000)
  private String contactInfo;

  @Column(name = "external_id", unique = true, length = 128)
  private String externalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Source source = Source.MANUAL;

  protected Customer() {}

  public Customer(CustomerName name, Source source) {
    this.name = name.value();
    this.source = source;
  }

  void describe(String displayName, String accountNumber, String externalId) {
    this.displayName = displayName;
    this.accountNumber = accountNumber;
    this.externalId = externalId;
  }

  void contact(String contactName, String contactEmail, String contactInfo) {
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.contactInfo = contactInfo;
  }

  public String getName() {
    return name;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactInfo() {
    return contactInfo;
  }

  public String getExternalId() {
    return externalId;
  }

  public Source getSource() {
    return source;
  }

  public Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("displayName", displayName);
    view.put("accountNumber", accountNumber);
    view.put("contactName", contactName);
    view.put("contactEmail", contactEmail);
    view.put("contactInfo", contactInfo);
    view.put("externalId", externalId);
    view.put("source", source);
    return view;
  }

  @Override
  public Long ownerCustomerId() {
    return getId();
  }
}
