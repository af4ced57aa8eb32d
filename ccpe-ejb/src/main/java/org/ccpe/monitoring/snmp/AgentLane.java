package org.ccpe.monitoring.snmp;

import java.util.ArrayDeque;
import java.util.Queue;
import org.snmp4j.smi.UdpAddress;

/**
 * One agent as the poller remembers it between polls: how many requests are in flight to it (at
 * most the target's {@code maxOutstanding}, the rest wait here, not in a thread), its SNMPv3
 * engine ID once discovered, and what it has shown it cannot do (GETBULK, large responses).
 */
final class AgentLane {

  final UdpAddress address;
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private int inFlight;
  private long requests;

  private volatile byte[] engineId;
  private volatile String getBulkFault;
  private volatile int maxVarbinds;

  AgentLane(UdpAddress address, int maxVarbinds) {
    this.address = address;
    this.maxVarbinds = maxVarbinds;
  }

  /** Runs {@code send} now if fewer than {@code limit} requests are in flight, else when one ends. */
  void submit(int limit, Runnable send) {
    synchronized (this) {
      requests++;
      if (inFlight >= limit) {
        waiting.add(send);
        return;
      }
      inFlight++;
    }
    send.run();
  }

  /** A request ended: the next waiting one takes its place. */
  void release() {
    Runnable next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        inFlight--;
      }
    }
    if (next != null) {
      next.run();
    }
  }

  /** Requests made to this agent so far (snmp4j's retries not counted). */
  synchronized long requests() {
    return requests;
  }

  byte[] engineId() {
    return engineId;
  }

  void engineId(byte[] id) {
    engineId = id;
  }

  /** Null while GETBULK works; otherwise what went wrong the time it did not. */
  String getBulkFault() {
    return getBulkFault;
  }

  void avoidGetBulk(String fault) {
    getBulkFault = fault;
  }

  int maxVarbinds() {
    return maxVarbinds;
  }

  /** The agent answered tooBig: ask for fewer values per request from now on. */
  void shrinkTo(int varbinds) {
    maxVarbinds = Math.max(1, Math.min(maxVarbinds, varbinds));
  }
}
