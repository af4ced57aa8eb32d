/**
 * A site's service settings: what its cCPE context on the router should do. {@link
 * org.ccpe.services.ServiceSettings} is the whole document (LAN secondary ranges, static routes,
 * DHCP server or relay, NAT with port mappings, stateful firewall rules, SNMP access), validated
 * whole by {@link org.ccpe.services.ServiceSettingsValidator} and changed only through {@link
 * org.ccpe.services.ServiceChangeService}, which stores it as the site's new <em>intended</em>
 * configuration, keeps every revision, audits it and queues the change for the router.
 *
 * <p>The document is immutable records; a change replaces the whole document under the site's
 * version (ETag), so two people editing one site never silently overwrite each other.
 */
package org.ccpe.services;
