package org.ccpe.simulator.config;

/**
 * One reason the database refused something, in the terms of a NETCONF {@code rpc-error}:
 * {@code tag} is the RFC 6241 error-tag, {@code path} the Junos-style error-path
 * ({@code [edit interfaces ge-1/0/3 unit 211]}), {@code badElement} what Junos reports in
 * {@code <error-info><bad-element>}, and {@code sessionId} the lock holder for {@code lock-denied}.
 */
public record ConfigError(String tag, String path, String badElement, String message, Integer sessionId) {

    public static ConfigError operationFailed(String path, String badElement, String message) {
        return new ConfigError("operation-failed", path, badElement, message, null);
    }

    public static ConfigError lockDenied(int holder, String message) {
        return new ConfigError("lock-denied", null, null, message, holder);
    }

    public static ConfigError invalidValue(String message) {
        return new ConfigError("invalid-value", null, null, message, null);
    }
}
