/**
 * Users, roles and authentication: {@link org.ccpe.access.AppUser} accounts with PBKDF2-hashed
 * passwords, the five {@link org.ccpe.access.Role}s, login throttling, and the first
 * administrator created on an empty database ({@link org.ccpe.access.FirstAdministrator}). Entry
 * point {@link org.ccpe.access.UserService}.
 *
 * <p>Customer users belong to exactly one customer; provider users to none. What a role may do is
 * declared on the services ({@code @RolesAllowed}), never only in pages.
 */
package org.ccpe.access;
