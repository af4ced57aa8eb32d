package org.ccpe.simulator.netconf;

import java.util.HashMap;
import java.util.Map;
import org.ccpe.simulator.config.ConfigXml;
import org.w3c.dom.Element;

/** Finds the handler of an RPC by the local name of its operation element. */
public final class RpcDispatcher {

    static final String OK = "<ok/>";

    private final Map<String, RpcHandler> handlers = new HashMap<>();

    public RpcDispatcher() {
        StandardOperations.register(handlers);
        JunosConfigurationRpcs.register(handlers);
        OperationalRpcs.register(handlers);
    }

    String execute(NetconfSession session, Element operation) throws RpcException {
        String name = ConfigXml.localName(operation);
        RpcHandler handler = handlers.get(name);
        if (handler == null) {
            throw new RpcException(new RpcError("protocol", "operation-not-supported", null,
                    "syntax error, expecting <command>: " + name + " is not supported", name, null));
        }
        return handler.handle(session, operation);
    }
}
