package org.ccpe.web.api;

import org.ccpe.inventory.NewCustomer;

/** The answer to a customer's creation: the customer, and its admin login shown this once. */
public record NewCustomerJson(CustomerJson customer, InitialLogin initialAdmin) {
  public record InitialLogin(String username, String password) {}

  static NewCustomerJson of(NewCustomer created) {
    return new NewCustomerJson(CustomerJson.of(created.customer()),
        new InitialLogin(created.admin().user().getUsername(), created.admin().initialPassword()));
  }
}
