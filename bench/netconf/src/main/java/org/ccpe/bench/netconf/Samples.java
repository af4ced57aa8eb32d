package org.ccpe.bench.netconf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one measured step, in milliseconds. */
final class Samples {
  private final List<Double> millis = new ArrayList<>();

  void addNanos(long nanos) {
    millis.add(nanos / 1e6);
  }

  void addMillis(double value) {
    millis.add(value);
  }

  int count() {
    return millis.size();
  }

  double median() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  private double percentile(int p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(rank, sorted.size() - 1)));
  }
}
