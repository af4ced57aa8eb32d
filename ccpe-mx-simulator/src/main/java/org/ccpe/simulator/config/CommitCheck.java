package org.ccpe.simulator.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code commit check} verifies before a configuration may become the running one: the
 * rules a real MX enforces that our renderer could plausibly break. Errors carry the Junos
 * error-path and bad-element; when any rule fails, Junos ends the list with
 * "configuration check-out failed", and so does this.
 */
public final class CommitCheck {

    private static final List<CommitRule> RULES = List.of(
            new ReferencedInterfacesExist(),
            new UniqueVlanPerPort(),
            new ValidIpv4Addresses(),
            new ServiceInterfacesExist());

    private CommitCheck() {}

    /** The errors of {@code configuration}; empty when it may be committed. */
    public static List<ConfigError> check(ConfigNode configuration) {
        List<ConfigError> errors = new ArrayList<>();
        RULES.forEach(rule -> rule.check(configuration, errors));
        if (!errors.isEmpty()) {
            errors.add(ConfigError.operationFailed(null, null, "configuration check-out failed"));
        }
        return errors;
    }
}
