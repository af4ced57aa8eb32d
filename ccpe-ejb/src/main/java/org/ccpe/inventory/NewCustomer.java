package org.ccpe.inventory;

import org.ccpe.access.NewUser;

/** A created customer and its default {@code admin@<name>} user with the initial password. */
public record NewCustomer(Customer customer, NewUser admin) {}
