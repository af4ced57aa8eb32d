package org.ccpe.provisioning;

/** Which jobs to list; null fields do not filter. */
public record JobFilter(Long siteId, Long routerId, Long customerId, JobState state) {}
