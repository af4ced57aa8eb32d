/**
 * A runnable activation-director source for tests and the demo: the customer-management REST
 * contract of {@code docs/activation-director-api.md} (customers paged with start/limit; each
 * customer with its VPN, sites and access links; XML or JSON by {@code Accept}; HTTP Basic),
 * seeded from a file written in the contract's own representation.
 *
 * <p>Start here: {@link org.ccpe.activationdirector.ActivationDirectorServer} ({@code start(port,
 * seed)}, {@code stop()}, {@code faults()}); {@link org.ccpe.activationdirector.Seed} is what it
 * knows; {@link org.ccpe.activationdirector.Main} runs it from the command line.
 */
package org.ccpe.activationdirector;
