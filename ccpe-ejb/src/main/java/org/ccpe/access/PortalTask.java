package org.ccpe.access;

import java.util.Locale;

/**
 * The tasks of the self-care portal. The provider switches each on or off, globally and per
 * customer (application settings); a switched-off task is absent from the portal and its service
 * methods refuse. Configuration tasks change the customer's network and are for customer
 * administrators only; monitoring tasks are also open to customer-monitor users.
 */
public enum PortalTask {
  DASHBOARD("Dashboard", Group.HOME, false),
  CONTACT_INFO("Update Contact Info", Group.ACCOUNT, true),
  DISPLAY_NAMES("Display Names", Group.ACCOUNT, true),
  STATIC_ROUTES("Static Routes", Group.SITE_CONFIGURATION, true),
  DHCP_SERVER("DHCP Server", Group.SITE_CONFIGURATION, true),
  DHCP_RELAY("DHCP Relay", Group.SITE_CONFIGURATION, true),
  NAT_MAPPINGS("NAT Port Mappings", Group.SERVICE_MANAGEMENT, true),
  FIREWALL("Firewall", Group.SERVICE_MANAGEMENT, true),
  STATUS("Status", Group.MONITORING, false),
  HISTORY("Traffic History", Group.MONITORING, false),
  ACTIVE_DEVICES("Active Devices", Group.MONITORING, false),
  FUNCTIONAL_AUDIT("Functional Audit", Group.MONITORING, false);

  /** The task groups of the portal's task tree, in the tree's order. */
  public enum Group {
    HOME("Home"),
    ACCOUNT("Account"),
    SITE_CONFIGURATION("Site Configuration"),
    SERVICE_MANAGEMENT("Service Management"),
    MONITORING("Monitoring");

    private final String title;

    Group(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  private final String title;
  private final Group group;
  private final boolean configuration;

  PortalTask(String title, Group group, boolean configuration) {
    this.title = title;
    this.group = group;
    this.configuration = configuration;
  }

  public String title() {
    return title;
  }

  public Group group() {
    return group;
  }

  /** Whether the task changes the customer's data or network (customer administrators only). */
  public boolean isConfiguration() {
    return configuration;
  }

  /** Whether a user of this role may use the task at all, whatever the settings say. */
  public boolean allows(Role role) {
    return role == Role.CUSTOMER_ADMIN || (role == Role.CUSTOMER_MONITOR && !configuration);
  }

  /** The task's key in the API, settings and page names: {@code contact-info}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static PortalTask fromKey(String key) {
    for (PortalTask task : values()) {
      if (task.key().equals(key)) {
        return task;
      }
    }
    throw new IllegalArgumentException("'" + key + "' is not a portal task");
  }
}
