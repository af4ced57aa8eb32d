package org.ccpe.monitoring.snmp;

import java.util.concurrent.CompletionStage;

/** Polls many agents' IF-MIB over one UDP transport, asynchronously. */
public final class SnmpPoller implements AutoCloseable {

  /** Reads {@code plan} from {@code target}; the stage never completes exceptionally. */
  public CompletionStage<PollOutcome> poll(AgentTarget target, PollPlan plan) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public void close() {}
}
