/**
 * Users, roles, tenants and what the portal offers: {@link org.ccpe.access.AppUser} accounts with
 * PBKDF2-hashed passwords, the five {@link org.ccpe.access.Role}s, login throttling, and the first
 * administrator created on an empty database ({@link org.ccpe.access.FirstAdministrator}). Entry
 * point {@link org.ccpe.access.UserService}.
 *
 * <p>Customer users belong to exactly one customer; provider users to none. What a role may do is
 * declared on the services ({@code @RolesAllowed}), never only in pages. Whose data a customer
 * user may reach is decided by {@link org.ccpe.access.TenantGuard} from the security context alone
 * (another customer's object is "not found"), with {@link org.ccpe.access.TenantFilter} as a
 * second wall around the reads. Which portal tasks a customer's users may use is the provider
 * administrator's application setting ({@link org.ccpe.access.ApplicationSettings}), enforced by
 * {@link org.ccpe.access.PortalTasks#require} in every service method behind a task.
 */
package org.ccpe.access;
