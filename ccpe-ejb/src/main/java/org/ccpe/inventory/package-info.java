/**
 * The inventory: {@link org.ccpe.inventory.Customer}s, their {@link org.ccpe.inventory.Site}s,
 * each site's {@link org.ccpe.inventory.AccessLink}s, and the MX {@link
 * org.ccpe.inventory.Router}s they connect to.
 *
 * <p>Entry points are the services, one per aggregate: {@link
 * org.ccpe.inventory.CustomerService}, {@link org.ccpe.inventory.SiteService}, {@link
 * org.ccpe.inventory.AccessLinkService} and {@link org.ccpe.inventory.RouterService}. Console,
 * portal, API and import all change the inventory through them, so every channel gets the same
 * validation, conflict checks and audit trail. Router secrets (NETCONF password and key, SNMP
 * community and keys) are encrypted at rest by {@link org.ccpe.inventory.SecretCipher} and never
 * leave the service layer.
 */
package org.ccpe.inventory;
