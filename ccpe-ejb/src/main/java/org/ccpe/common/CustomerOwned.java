package org.ccpe.common;

/**
 * Data that belongs to one customer. The tenant guard compares this with the caller's customer,
 * so each entity says once whose it is instead of every service working it out again.
 */
public interface CustomerOwned {
  /**
   * The Hibernate filter every customer-owned entity declares, switched on around the reads of a
   * customer user (see {@code org.ccpe.access.TenantFilter}): a query that forgot its tenant
   * condition still finds nothing of another customer.
   */
  String FILTER = "tenant";

  /** The filter's parameter: the caller's customer id. */
  String FILTER_PARAMETER = "customerId";

  /** The owning customer's id; null for data no customer owns (a provider user). */
  Long ownerCustomerId();
}
