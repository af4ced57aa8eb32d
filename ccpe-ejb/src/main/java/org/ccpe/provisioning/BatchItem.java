package org.ccpe.provisioning;

import java.util.List;

/**
 * One site's part of a router's commit: the newest context of the site (or, for a removal, the
 * context to take away) and every job of the site it settles.
 *
 * @param newestJobId the job whose outcome is the site's; older jobs of the site coalesce into it
 */
public record BatchItem(long siteKey, SiteContext context, boolean removal, Long revision,
    long newestJobId, List<Long> jobIds) {

  public String routingInstance() {
    return context.routingInstance();
  }
}
