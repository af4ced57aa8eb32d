package org.ccpe.access;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses logins from an address that failed too often recently (30 failures in 10 minutes),
 * whatever account it tries: the account lock stops guessing one password, this stops trying one
 * password on many accounts. Kept in memory per node; a restart forgets it, which is acceptable
 * for a brake.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AddressThrottle {
  static final int MAX_FAILURES = 30;
  static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_ADDRESSES = 100_000;

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  public boolean isBlocked(String address, Instant now) {
    Deque<Instant> recent = failures.get(key(address));
    if (recent == null) {
      return false;
    }
    synchronized (recent) {
      prune(recent, now);
      return recent.size() >= MAX_FAILURES;
    }
  }

  public void failed(String address, Instant now) {
    if (failures.size() > MAX_ADDRESSES) {
      failures.clear(); // bounded memory under a spray of addresses; the account locks still hold
    }
    Deque<Instant> recent = failures.computeIfAbsent(key(address), a -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent, now);
      recent.addLast(now);
    }
  }

  public void succeeded(String address) {
    failures.remove(key(address));
  }

  private static String key(String address) {
    return address == null ? "unknown" : address;
  }

  private static void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
      recent.removeFirst();
    }
  }
}
