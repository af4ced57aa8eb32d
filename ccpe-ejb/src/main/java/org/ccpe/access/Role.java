package org.ccpe.access;

/** What a user may do; see the architecture's actors table. */
public enum Role {
  PROVIDER_ADMIN(Roles.PROVIDER_ADMIN),
  PROVIDER_OPERATOR(Roles.PROVIDER_OPERATOR),
  PROVIDER_READONLY(Roles.PROVIDER_READONLY),
  CUSTOMER_ADMIN(Roles.CUSTOMER_ADMIN),
  CUSTOMER_MONITOR(Roles.CUSTOMER_MONITOR);

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  /** The name used in {@code @RolesAllowed}, the API and the console. */
  public String roleName() {
    return roleName;
  }

  public boolean isCustomerRole() {
    return this == CUSTOMER_ADMIN || this == CUSTOMER_MONITOR;
  }

  public static Role fromName(String name) {
    for (Role role : values()) {
      if (role.roleName.equals(name)) {
        return role;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not a role; roles are provider-admin, "
        + "provider-operator, provider-readonly, customer-admin, customer-monitor");
  }
}
