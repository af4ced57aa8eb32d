package org.ccpe.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A site's status with its links'. {@code since} is when the newest of its links' statuses began
 * (when the site's combination of link statuses came about); null when nothing is known yet.
 */
public record SiteStatusView(long siteId, String siteName, long customerId, SiteStatus status, Instant since,
    long linksUp, long linksDown, long linksUnknown, List<LinkView> links) {}
