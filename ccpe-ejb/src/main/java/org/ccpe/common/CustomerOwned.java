package org.ccpe.common;

/**
 * Data that belongs to one customer. The tenant guard compares this with the caller's customer,
 * so each entity says once whose it is instead of every service working it out again.
 */
public interface CustomerOwned {
  /** The owning customer's id; null for data no customer owns (a provider user). */
  Long ownerCustomerId();
}
