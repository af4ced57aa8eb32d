package org.ccpe.simulator.netconf;

import java.util.List;
import org.ccpe.simulator.config.ConfigurationException;

/** An RPC failed: the reply carries these {@link RpcError}s instead of a result. */
public final class RpcException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RpcError> errors;

    public RpcException(List<RpcError> errors) {
        super(errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public RpcException(RpcError error) {
        this(List.of(error));
    }

    public static RpcException from(ConfigurationException e) {
        return new RpcException(e.errors().stream().map(RpcError::from).toList());
    }

    public static RpcException badElement(String element, String message) {
        return new RpcException(new RpcError("protocol", "bad-element", null, message, element, null));
    }

    public List<RpcError> errors() {
        return errors;
    }
}
