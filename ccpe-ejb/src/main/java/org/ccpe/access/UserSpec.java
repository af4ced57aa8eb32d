package org.ccpe.access;

/**
 * A user to create. For customer roles {@code customerId} is required and the login becomes
 * {@code username@customer-name}; {@code password} may be null to have one generated.
 */
public record UserSpec(String username, String role, Long customerId, String password) {}
