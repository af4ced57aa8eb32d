package org.ccpe.monitoring;

/**
 * A site's status from its links' statuses: down when every link is down, degraded when some but
 * not all are, up when none is down and at least one is up, unknown when nothing is known (no
 * links, or none polled yet). A link of unknown status next to an up one does not degrade the
 * site: degraded means a link is known to be down.
 */
public enum SiteStatus {
  UP,
  DOWN,
  DEGRADED,
  UNKNOWN;

  public static SiteStatus of(long up, long down, long unknown) {
    if (down > 0) {
      return up == 0 && unknown == 0 ? DOWN : DEGRADED;
    }
    return up > 0 ? UP : UNKNOWN;
  }

  /** How bad, for "worst of" (a customer's status is its worst site's). */
  public int badness() {
    return switch (this) {
      case UP -> 0;
      case UNKNOWN -> 1;
      case DEGRADED -> 2;
      case DOWN -> 3;
    };
  }
}
