/**
 * Diagnostics a customer or the NOC runs on demand against the routers: which devices a site's
 * DHCP server has handed addresses to ({@link org.ccpe.diagnostics.ActiveDevices}, read live with
 * the Junos operational RPC, nothing stored), and whether a customer's sites reach each other
 * ({@link org.ccpe.diagnostics.FunctionalAudits}: pings from inside each origin site's routing
 * instance, run as a stored background job). Every router reply is checked like outside input
 * ({@link org.ccpe.diagnostics.DhcpBindingsReply}, {@link org.ccpe.diagnostics.PingReply}); the
 * tenant guard and the portal's task switches apply to both.
 */
package org.ccpe.diagnostics;
