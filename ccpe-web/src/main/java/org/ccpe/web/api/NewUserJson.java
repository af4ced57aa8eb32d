package org.ccpe.web.api;

/**
 * A created user and the initial password made for it, shown this once; empty when the request
 * gave the password itself.
 */
public record NewUserJson(UserJson user, String initialPassword) {}
