package org.ccpe.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ccpe.inventory.ContactDetails;
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.CustomerService;
import org.ccpe.inventory.Site;
import org.ccpe.web.console.FieldMessages;
import org.ccpe.web.console.FormValues;

/**
 * Update Contact Info: whom the provider calls about the customer and about each site. The
 * customer's login name and the provider's account number are not part of the page at all.
 */
@Named
@ViewScoped
public class ContactPage extends SitePickingPage {
  private static final long serialVersionUID = 1L;

  @EJB private CustomerService customers;

  private final FormValues customer = new FormValues();
  private long customerVersion;
  private final FormValues site = new FormValues();
  private long siteVersion;

  @PostConstruct
  void load() {
    showCustomer(customers.mine());
    pickFirstSite();
  }

  public void saveCustomer() {
    FieldMessages.attempt("customerContact", () -> {
      showCustomer(customers.updateOwn(customerVersion, null, contact(customer)));
      FieldMessages.info("Your contact details are saved");
    });
  }

  public void saveSite() {
    FieldMessages.attempt("siteContact", () -> {
      Site saved = sites().updateOwn(getSiteId(), siteVersion, null, contact(site));
      showSite(saved);
      FieldMessages.info("Contact of site " + saved.getName() + " saved");
    });
  }

  private static ContactDetails contact(FormValues form) {
    return new ContactDetails(form.text("contactName"), form.text("contactEmail"), form.text("contactInfo"));
  }

  private void showCustomer(Customer c) {
    customerVersion = c.getVersion();
    customer.put("contactName", c.getContactName());
    customer.put("contactEmail", c.getContactEmail());
    customer.put("contactInfo", c.getContactInfo());
  }

  @Override
  protected void showSite(Site s) {
    siteVersion = s.getVersion();
    site.put("contactName", s.getContactName());
    site.put("contactEmail", s.getContactEmail());
    site.put("contactInfo", s.getContactInfo());
  }

  public FormValues getCustomer() {
    return customer;
  }

  public FormValues getSite() {
    return site;
  }
}
