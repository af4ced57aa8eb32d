package org.ccpe.access;

/**
 * Who a successful login is: the login name, the role, and for customer users their customer. The
 * web layer keeps this in the session; services read the tenant from it, never from a request.
 */
public record AuthenticatedUser(String username, Role role, Long customerId)
    implements java.io.Serializable {}
