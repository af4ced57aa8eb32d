package org.ccpe.provisioning;

import java.util.List;
import org.ccpe.common.FieldError;

/**
 * What a change would do, asked of the router without changing anything: our rendered
 * configuration, the router's own diff of it, and its {@code commit check} verdict.
 *
 * @param routerErrors the router's refusals ({@code field} is the router's error path), empty when the check passed
 */
public record DryRun(String configuration, String diff, boolean checkPassed, List<FieldError> routerErrors,
    String unreachable) {}
