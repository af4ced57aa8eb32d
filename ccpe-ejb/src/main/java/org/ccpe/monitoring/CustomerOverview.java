package org.ccpe.monitoring;

import java.util.List;
import java.util.Map;

/**
 * The monitoring part of a customer's portal dashboard: its sites counted by status (every status
 * present), how many alarms are active with the newest few, and its busiest links.
 */
public record CustomerOverview(Map<SiteStatus, Long> sites, long activeAlarms, List<CustomerAlarm> newestAlarms,
    List<LinkView> busiestLinks) {}
