package org.ccpe.access;

/** A created user and its initial password, shown once to its creator and never again. */
public record NewUser(AppUser user, String initialPassword) {}
