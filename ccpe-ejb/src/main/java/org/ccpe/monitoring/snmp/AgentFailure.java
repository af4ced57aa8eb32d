package org.ccpe.monitoring.snmp;

/** Why an agent gave no usable answer; its message becomes {@link PollOutcome.Unreachable#reason()}. */
final class AgentFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AgentFailure(String reason) {
    super(reason, null, false, false);
  }
}
