package org.ccpe.audit;

/** Where a change came from. */
public enum Channel {
  CONSOLE,
  PORTAL,
  API,
  IMPORT,
  SYSTEM
}
