package org.ccpe.monitoring;

/** An access link's operational status as the router last reported it (or a trap said). */
public enum LinkStatus {
  UP,
  DOWN,
  UNKNOWN
}
