package org.ccpe.monitoring;

import java.time.Instant;
import java.util.List;

/** An access link's history between two instants at one granularity. */
public record Statistics(long accessLinkId, Instant from, Instant to, Granularity step, List<SeriesPoint> points,
    boolean truncated) {}
