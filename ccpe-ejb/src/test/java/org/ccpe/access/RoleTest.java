package org.ccpe.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  @ParameterizedTest
  @CsvSource({
    "provider-admin, PROVIDER_ADMIN, false",
    "provider-operator, PROVIDER_OPERATOR, false",
    "provider-readonly, PROVIDER_READONLY, false",
    "customer-admin, CUSTOMER_ADMIN, true",
    "customer-monitor, CUSTOMER_MONITOR, true"
  })
  void findsEachRoleByItsName(String name, Role role, boolean customer) {
    assertEquals(role, Role.fromName(name));
    assertEquals(name, role.roleName());
    assertEquals(customer, role.isCustomerRole());
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void roundTripsEveryRoleThroughItsName(Role role) {
    assertEquals(role, Role.fromName(role.roleName()));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"PROVIDER_ADMIN", "Provider-Admin", "admin", "provider-admin ", "customer"})
  void rejectsAnythingElse(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.fromName(name));
    assertTrue(e.getMessage().contains("is not a role"), e.getMessage());
  }
}
