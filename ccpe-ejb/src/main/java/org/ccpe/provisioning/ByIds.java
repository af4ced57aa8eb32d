package org.ccpe.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query {@code ... where x.id in :ids} over any number of IDs, a bounded number at a time,
 * so a batch of thousands of sites stays within what a database takes as bind parameters.
 */
final class ByIds {
  static final int CHUNK = 1000;

  private ByIds() {}

  static <T> List<T> load(List<Long> ids, Function<List<Long>, List<T>> query) {
    List<T> rows = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      rows.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
    }
    return rows;
  }
}
