package org.ccpe.bench.netconf;

import org.ccpe.netconf.KnownHosts;

/**
 * A server to measure against, freshly reset: where it listens, its login and pinned host key,
 * what it is fed, and whether it drops an rpc that arrives with the client's hello (netconfd), so
 * that the clients without a probe pause once before their first rpc, outside the timings.
 */
record Target(String name, String host, int port, String user, String password, KnownHosts knownHosts,
    Workload workload, boolean losesRpcWithHello) {}
