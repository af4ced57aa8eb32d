package org.ccpe.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void allowsABurstThenRefusesUntilTheBucketRefills() {
    RateLimiter limiter = new RateLimiter(10, 5);
    for (int i = 0; i < 5; i++) {
      assertEquals(0, limiter.take("oss", 0), "request " + i);
    }
    long wait = limiter.take("oss", 0);
    assertTrue(wait > 0 && wait <= SECOND / 10, "one token comes back after 0.1 s: " + wait);
    assertEquals(0, limiter.take("oss", SECOND / 10));
  }

  @Test
  void keepsEachCallerToItsOwnBucket() {
    RateLimiter limiter = new RateLimiter(1, 1);
    assertEquals(0, limiter.take("a", 0));
    assertTrue(limiter.take("a", 0) > 0);
    assertEquals(0, limiter.take("b", 0));
  }

  @Test
  void neverHoldsMoreThanTheBurstAfterAQuietTime() {
    RateLimiter limiter = new RateLimiter(100, 3);
    limiter.take("oss", 0);
    long later = 3600 * SECOND;
    for (int i = 0; i < 3; i++) {
      assertEquals(0, limiter.take("oss", later));
    }
    assertTrue(limiter.take("oss", later) > 0);
  }

  @Test
  void aRateOfZeroMeansNoLimit() {
    RateLimiter limiter = new RateLimiter(0, 0);
    for (int i = 0; i < 1000; i++) {
      assertEquals(0, limiter.take("oss", 0));
    }
  }
}
