package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.CustomerService;
import org.ccpe.inventory.CustomerSpec;
import org.ccpe.inventory.NewCustomer;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;
import org.ccpe.inventory.Source;
import org.primefaces.PrimeFaces;

/**
 * The customers table of Customer Management and its dialogs. Creating a customer also creates its
 * {@code admin@<name>} user; the initial password is held only until its dialog is closed.
 */
@Named
@ViewScoped
public class CustomersPanel extends InventoryTable<Customer> {
  private static final long serialVersionUID = 1L;
  static final String FORM = "customerForm";

  @EJB private CustomerService customers;
  @EJB private SiteService sites;

  private long siteCount;
  private String createdLogin;
  private String createdPassword;

  @Override
  protected Page<Customer> list(PageRequest page) {
    return customers.list(getFilter(), null, page);
  }

  public void startCreate() {
    creating();
  }

  public void startEdit() {
    Customer customer = customers.get(getSelected().getId());
    FormValues form = editing(customer);
    form.put("name", customer.getName());
    form.put("displayName", customer.getDisplayName());
    form.put("accountNumber", customer.getAccountNumber());
    form.put("contactName", customer.getContactName());
    form.put("contactEmail", customer.getContactEmail());
    form.put("contactInfo", customer.getContactInfo());
    form.put("externalId", customer.getExternalId());
  }

  public void save() {
    FormValues form = getForm();
    CustomerSpec spec = new CustomerSpec(form.text("name"), form.text("displayName"),
        form.text("accountNumber"), form.text("contactName"), form.text("contactEmail"),
        form.text("contactInfo"), form.text("externalId"));
    FieldMessages.attempt(FORM, () -> {
      if (editingId() == null) {
        NewCustomer created = customers.create(spec, Source.MANUAL);
        setSelected(created.customer());
        createdLogin = created.admin().user().getUsername();
        createdPassword = created.admin().initialPassword();
        PrimeFaces.current().ajax().addCallbackParam("created", true);
        FieldMessages.info("Customer " + created.customer().getName() + " created");
      } else {
        setSelected(customers.update(editingId(), editingVersion(), spec));
        FieldMessages.info("Customer " + getSelected().getName() + " saved");
      }
    });
  }

  /** Counts the selected customer's sites, which the confirmation names (and deletes with it). */
  public void startDelete() {
    siteCount = sites.list(new SiteFilter(getSelected().getId(), null, null, null), PageRequest.first(1)).count();
  }

  public void delete() {
    Customer customer = getSelected();
    delete("customerDeleteForm", "Customer " + customer.getName(),
        () -> customers.delete(customer.getId(), customer.getVersion(), siteCount > 0));
  }

  /** The initial password is shown once: forgotten when its dialog closes. */
  public void forgetCreated() {
    createdLogin = null;
    createdPassword = null;
  }

  Long selectedId() {
    return getSelected() == null ? null : getSelected().getId();
  }

  public long getSiteCount() {
    return siteCount;
  }

  public String getCreatedLogin() {
    return createdLogin;
  }

  public String getCreatedPassword() {
    return createdPassword;
  }
}
