package org.ccpe.simulator.config;

import java.util.Locale;

/**
 * How an edit meets the candidate, as in Junos {@code load merge|replace|override}. NETCONF
 * {@code edit-config} maps its default-operation onto these: {@code merge} and {@code none} to
 * {@link #MERGE}, {@code replace} to {@link #OVERRIDE} (RFC 6241 replaces the whole datastore).
 */
public enum LoadAction {
    /** Combine the edit with the candidate; elements marked {@code replace} or {@code delete} do so. */
    MERGE,
    /** As {@link #MERGE}: Junos replaces exactly the elements marked {@code replace="replace"}. */
    REPLACE,
    /** The edit becomes the whole candidate. */
    OVERRIDE;

    public static LoadAction parse(String value) {
        if (value == null || value.isBlank()) {
            return MERGE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "merge", "none", "update" -> MERGE;
            case "replace" -> REPLACE;
            case "override" -> OVERRIDE;
            default -> throw new IllegalArgumentException("unknown load action: " + value);
        };
    }
}
