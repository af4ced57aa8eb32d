package org.ccpe.monitoring.snmp;

import java.time.Duration;
import java.util.Objects;

/**
 * One router's SNMP agent and how patiently to talk to it.
 *
 * @param routerId the inventory's router id (for logs and for the caller's bookkeeping)
 * @param maxRepetitions GETBULK max-repetitions, also the cap on variable bindings per request
 * @param maxOutstanding requests in flight to this agent at once
 */
public record AgentTarget(
    long routerId,
    String host,
    int port,
    SnmpCredentials credentials,
    Duration timeout,
    int retries,
    int maxRepetitions,
    int maxOutstanding) {

  public AgentTarget {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port: must be 1-65535, was " + port);
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout: must be positive");
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries: must be 0-10, was " + retries);
    }
    if (maxRepetitions < 1 || maxRepetitions > 1000) {
      throw new IllegalArgumentException("maxRepetitions: must be 1-1000, was " + maxRepetitions);
    }
    if (maxOutstanding < 1 || maxOutstanding > 64) {
      throw new IllegalArgumentException("maxOutstanding: must be 1-64, was " + maxOutstanding);
    }
  }

  /** Sensible defaults: 2 s timeout, 2 retries, 50 repetitions, 4 requests in flight. */
  public static AgentTarget of(long routerId, String host, int port, SnmpCredentials credentials) {
    return new AgentTarget(routerId, host, port, credentials, Duration.ofSeconds(2), 2, 50, 4);
  }

  /** The same agent with another timeout and retry count. */
  public AgentTarget withTimeout(Duration newTimeout, int newRetries) {
    return new AgentTarget(
        routerId, host, port, credentials, newTimeout, newRetries, maxRepetitions, maxOutstanding);
  }
}
