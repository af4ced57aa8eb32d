package org.ccpe.inventory;

/** How a customer came into the inventory. */
public enum Source {
  MANUAL,
  IMPORT,
  API
}
