/**
 * Our NETCONF client: RFC 6241 operations over the RFC 6242 SSH transport (Apache MINA SSHD),
 * with the Junos extensions the provisioning engine needs.
 *
 * <p>The entry point is {@link org.ccpe.netconf.Device}: describe the router once (address,
 * credentials, the {@link org.ccpe.netconf.KnownHosts} its host key is checked against, timeouts),
 * then open a {@link org.ccpe.netconf.NetconfSession} in a try-with-resources block and call
 * operations on it. Replies come back as immutable records ({@link org.ccpe.netconf.Reply},
 * {@link org.ccpe.netconf.RpcError}); a reply that carries errors is thrown as a checked
 * {@link org.ccpe.netconf.RpcErrorException} holding all of them. Every call has a timeout, and a
 * commit whose reply never came is reported as {@link org.ccpe.netconf.CommitOutcomeUnknownException},
 * because a router may finish a commit after the client gave up. Junos-only operations
 * ({@code load-configuration}, candidate diff, {@code commit-configuration}, operational RPCs) live
 * on {@link org.ccpe.netconf.Junos}, reached with {@link org.ccpe.netconf.NetconfSession#junos()}.
 */
package org.ccpe.netconf;
