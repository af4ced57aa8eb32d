package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.ccpe.access.Roles;
import org.ccpe.inventory.CustomerService;

/**
 * The portal header's customer and what the user's role shows (the user's name and role come
 * from {@code consoleUser}, shared with the console). The services decide what is allowed.
 */
@Named
@RequestScoped
public class PortalUser {
  @Inject private HttpServletRequest request;
  @EJB private CustomerService customers;

  private String customerDisplayName;

  /** Customer administrators manage their users and change settings; monitors only look. */
  public boolean isAdmin() {
    return request.isUserInRole(Roles.CUSTOMER_ADMIN);
  }

  public String getCustomerDisplayName() {
    if (customerDisplayName == null) {
      customerDisplayName = customers.mine().getDisplayName();
    }
    return customerDisplayName;
  }
}
