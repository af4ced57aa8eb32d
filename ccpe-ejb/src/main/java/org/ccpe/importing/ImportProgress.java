package org.ccpe.importing;

/** Where a running import is: its phase and, while storing, how many of the document's entities are done. */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress NONE = (phase, done) -> {};

  /** @param phase {@code loading}, {@code validating}, {@code storing} or {@code reporting} */
  void at(String phase, int done);
}
