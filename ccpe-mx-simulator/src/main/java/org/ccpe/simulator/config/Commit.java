package org.ccpe.simulator.config;

import java.time.Instant;

/** One entry of the commit history: the configuration that became running, when, by whom, and its log comment. */
public record Commit(ConfigNode configuration, Instant time, String user, String log) {}
