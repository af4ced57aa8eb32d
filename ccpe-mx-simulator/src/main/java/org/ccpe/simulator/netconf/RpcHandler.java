package org.ccpe.simulator.netconf;

import org.w3c.dom.Element;

/** Executes one RPC: returns the inside of the {@code <rpc-reply>}, or null to send no reply at all. */
@FunctionalInterface
interface RpcHandler {

    String handle(NetconfSession session, Element operation) throws RpcException;
}
