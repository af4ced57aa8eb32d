package org.ccpe.provisioning;

import java.util.List;

/**
 * What a drift check of one router found: per provisioned site, the router's diff against our
 * intended context (empty: no drift).
 *
 * @param unreachable why the router could not be checked, or null
 */
public record DriftReport(long routerId, List<SiteDrift> sites, String unreachable) {
  public record SiteDrift(long siteId, String routingInstance, boolean drift, String diff) {}
}
