package org.ccpe.bench.netconf;

/** What one client measured against one target, and what went wrong. */
final class Result {
  final Samples setup = new Samples();
  final Samples editCommit = new Samples();
  final Samples bulk = new Samples();
  final Samples get = new Samples();
  /** get-config with the reply's DOM built (ours only). */
  final Samples getDom = new Samples();
  long getBytes;
  int lost;
  int errors;
  int hangs;
  String failure;
}
