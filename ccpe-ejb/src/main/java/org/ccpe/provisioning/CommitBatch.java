package org.ccpe.provisioning;

import java.util.List;

/** Everything one router commit is about: how to reach the router, and the sites to change. */
public record CommitBatch(String id, RouterAccess router, List<BatchItem> items) {}
