package org.ccpe.diagnostics;

/**
 * What one ping run gave: probes sent and answered, loss, and round-trip times in milliseconds
 * (null when nothing answered).
 */
public record PingOutcome(int sent, int received, int packetLossPercent, Double rttMinMs, Double rttAvgMs,
    Double rttMaxMs) {

  /** Up when at least one probe came back. */
  public boolean up() {
    return received > 0;
  }
}
