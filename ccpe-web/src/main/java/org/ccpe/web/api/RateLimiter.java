package org.ccpe.web.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets, one per caller: {@code burst} requests at once, refilled at {@code perSecond}.
 * In memory, per server: in a cluster each node allows the rate (the limit protects a node, not a
 * global quota).
 */
final class RateLimiter {
  private static final int MAX_CALLERS = 10_000;

  private final double perSecond;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(double perSecond, double burst) {
    this.perSecond = perSecond;
    this.burst = Math.max(1, burst);
  }

  boolean unlimited() {
    return perSecond <= 0;
  }

  /** Takes one request's token: 0 when allowed, else the nanoseconds until one is there. */
  long take(String caller, long nowNanos) {
    if (unlimited()) {
      return 0;
    }
    if (buckets.size() > MAX_CALLERS) {
      buckets.clear(); // bounded memory; a caller merely gets a full bucket again
    }
    return buckets.computeIfAbsent(caller, c -> new Bucket(burst, nowNanos)).take(nowNanos, perSecond, burst);
  }

  private static final class Bucket {
    private double tokens;
    private long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    synchronized long take(long now, double perSecond, double burst) {
      tokens = Math.min(burst, tokens + (now - at) / 1e9 * perSecond);
      at = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
    }
  }
}
