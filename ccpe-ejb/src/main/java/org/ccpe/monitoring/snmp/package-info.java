/**
 * Reading routers over SNMP: the engine the monitoring domain builds on.
 *
 * <p>{@link org.ccpe.monitoring.snmp.SnmpPoller} reads the IF-MIB of many agents at once over one
 * UDP transport (asynchronous, a bounded number of requests in flight per agent, no thread per
 * router) and turns a {@link org.ccpe.monitoring.snmp.PollPlan} into a {@link
 * org.ccpe.monitoring.snmp.PollOutcome}. {@link org.ccpe.monitoring.snmp.RateCalculator} turns two
 * readings into rates, or says why it cannot (a discontinuity). {@link
 * org.ccpe.monitoring.snmp.TrapReceiver} listens for linkDown/linkUp. Inside the server {@link
 * org.ccpe.monitoring.snmp.SnmpEngine} owns one poller and one trap receiver and fires each trap as
 * a CDI event. Nothing here touches the database: storage, status and alarms live in {@code
 * org.ccpe.monitoring}.
 */
package org.ccpe.monitoring.snmp;
