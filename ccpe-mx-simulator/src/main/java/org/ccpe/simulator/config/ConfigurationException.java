package org.ccpe.simulator.config;

import java.util.List;

/** The database refused an operation; carries every {@link ConfigError}, as one rpc-reply does. */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigError> errors;

    public ConfigurationException(List<ConfigError> errors) {
        super(errors.isEmpty() ? "configuration error" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public ConfigurationException(ConfigError error) {
        this(List.of(error));
    }

    public List<ConfigError> errors() {
        return errors;
    }
}
