package org.ccpe.activationdirector;

import java.time.Duration;
import java.util.Objects;

/**
 * Fault knobs for tests: how the source misbehaves, changeable while it runs. Every knob applies to
 * every authenticated request from the next one on.
 */
public final class Faults {
  private volatile int failStatus;
  private volatile boolean malformed;
  private volatile Duration delay = Duration.ZERO;

  /** Answer every request with this HTTP status (e.g. 500) and an error body; 0 stops. */
  public Faults failWith(int status) {
    if (status != 0 && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("an error status is 400..599, not " + status);
    }
    this.failStatus = status;
    return this;
  }

  /** Cut every answer off halfway: XML that is not well-formed, JSON that ends early. */
  public Faults malformedAnswers(boolean malformed) {
    this.malformed = malformed;
    return this;
  }

  /** Wait this long before answering. */
  public Faults delay(Duration delay) {
    this.delay = Objects.requireNonNull(delay);
    return this;
  }

  /** Back to a well-behaved source. */
  public void clear() {
    failStatus = 0;
    malformed = false;
    delay = Duration.ZERO;
  }

  int failStatus() {
    return failStatus;
  }

  boolean malformed() {
    return malformed;
  }

  Duration delay() {
    return delay;
  }
}
