package org.ccpe.bench.netconf;

/** One open session of a client under test; every call is bounded by the client's own timeout. */
interface BenchSession extends AutoCloseable {
  void editOne(int i) throws Exception;

  void editBulk(int rep) throws Exception;

  void commit() throws Exception;

  /** Reads everything back; returns the size of the reply in bytes. */
  long getAll() throws Exception;

  /** Reads everything back into a DOM, for clients that have one; -1 for those that do not. */
  default long getAllParsed() throws Exception {
    return -1;
  }

  @Override
  void close();

  /** Opens sessions of one client to one target. */
  interface Opener {
    BenchSession open() throws Exception;
  }
}
