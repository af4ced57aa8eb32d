package org.ccpe.bench.netconf;

/**
 * The measured steps, the same for every client: {@link #SETUPS} session setups; on one session
 * {@link #EDITS} edit-config + commit of one entry, {@link #BULK_REPS} edit-config of 1,000
 * entries + commit, {@link #GETS} get-config of everything. The payloads are built before timing.
 */
final class Plan {
  static final int SETUPS = 30;
  static final int EDITS = 200;
  static final int BULK_REPS = 5;
  static final int GETS = 30;

  final String[] one = new String[EDITS];
  final String[] bulk = new String[BULK_REPS];
  final String filter;

  Plan(Workload workload) {
    for (int i = 0; i < EDITS; i++) {
      one[i] = workload.oneEntry(i);
    }
    for (int r = 0; r < BULK_REPS; r++) {
      bulk[r] = workload.bulk(r);
    }
    filter = workload.filter();
  }
}
