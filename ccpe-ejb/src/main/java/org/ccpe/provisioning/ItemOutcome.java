package org.ccpe.provisioning;

/**
 * What became of one site's change in a router conversation.
 *
 * @param state COMMITTED, FAILED, QUEUED (transient: retry) or UNKNOWN (commit reply lost)
 */
public record ItemOutcome(BatchItem item, JobState state, String diff, String message, String errorPath) {

  static ItemOutcome committed(BatchItem item, String diff, String message) {
    return new ItemOutcome(item, JobState.COMMITTED, diff, message, null);
  }

  static ItemOutcome failed(BatchItem item, String message, String errorPath) {
    return new ItemOutcome(item, JobState.FAILED, null, message, errorPath);
  }

  static ItemOutcome retry(BatchItem item, String message) {
    return new ItemOutcome(item, JobState.QUEUED, null, message, null);
  }

  static ItemOutcome unknown(BatchItem item, String message) {
    return new ItemOutcome(item, JobState.UNKNOWN, null, message, null);
  }
}
