package org.ccpe.diagnostics;

import java.util.List;

/** What the caller asks to audit: the sites pings leave from and the sites they go to. */
public record FunctionalAuditRequest(List<Long> originSiteIds, List<Long> destinationSiteIds) {}
