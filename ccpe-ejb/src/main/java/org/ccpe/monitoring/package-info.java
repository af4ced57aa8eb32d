/**
 * Monitoring of the access links over SNMP: when routers are polled ({@link
 * org.ccpe.monitoring.PollScheduler}, a persistent timer), what a poll's readings mean for each
 * link ({@link org.ccpe.monitoring.LinkEvaluator}: rates, status, threshold hysteresis), where they
 * are kept ({@link org.ccpe.monitoring.SampleHistory}: raw samples, 5-minute and hourly roll-ups
 * with retention), alarms ({@link org.ccpe.monitoring.AlarmBook}: one active per cause, auto-clear,
 * acknowledge) and traps ({@link org.ccpe.monitoring.TrapHandler}). Pages and the API read through
 * {@link org.ccpe.monitoring.MonitoringService}; customer users read their own customer's part
 * of it (status, statistics, alarms, the portal's overview), gated by the portal's tasks. The SNMP
 * protocol itself lives in {@code .snmp}.
 */
package org.ccpe.monitoring;
