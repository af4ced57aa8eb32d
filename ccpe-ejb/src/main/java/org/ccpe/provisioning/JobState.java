package org.ccpe.provisioning;

/**
 * Where a provisioning job is. {@link #UNKNOWN} is its own state: a commit whose reply never came
 * may have happened on the router, and only reading the router back tells which.
 */
public enum JobState {
  QUEUED,
  COMMITTING,
  COMMITTED,
  FAILED,
  UNKNOWN;

  public boolean isFinal() {
    return this == COMMITTED || this == FAILED;
  }
}
