package org.ccpe.access;

/** Role names as constants, for {@code @RolesAllowed}. */
public final class Roles {
  public static final String PROVIDER_ADMIN = "provider-admin";
  public static final String PROVIDER_OPERATOR = "provider-operator";
  public static final String PROVIDER_READONLY = "provider-readonly";
  public static final String CUSTOMER_ADMIN = "customer-admin";
  public static final String CUSTOMER_MONITOR = "customer-monitor";

  private Roles() {}
}
