package org.ccpe.services;

import java.time.Instant;

/**
 * A site's settings as callers see them: the document (with the SNMP community left out: it is a
 * device secret), its version for {@code If-Match} (the revision: it moves only when the settings
 * change), and how far the router has got.
 *
 * @param provisioned false until the site's services are first set
 * @param applied true when the router confirmed the latest revision
 */
public record ServicesView(long siteId, ServiceSettings settings, long version, long revision,
    Long appliedRevision, Instant appliedAt, boolean provisioned, boolean applied, boolean snmpCommunitySet,
    boolean drift, String driftDiff, Instant driftCheckedAt) {

  /** The view without the router's diff (customer users: it shows the provider's configuration). */
  public ServicesView withoutDriftDiff() {
    return new ServicesView(siteId, settings, version, revision, appliedRevision, appliedAt, provisioned, applied,
        snmpCommunitySet, drift, null, driftCheckedAt);
  }
}
