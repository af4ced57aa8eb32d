package org.ccpe.importing;

/** Which import candidates to list; forgotten ones are never listed. */
public enum CandidateFilter {
  /** Not imported yet, or changed at the source since: what an import would bring in. */
  TO_IMPORT("Not imported or changed"),
  NOT_IMPORTED("Not imported"),
  CHANGED("Changed since import"),
  ALL("All");

  private final String label;

  CandidateFilter(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The JPQL condition on candidate {@code c}, beside {@code not c.forgotten}. */
  String condition() {
    String changed = "(c.importedAt is not null and c.sourceUpdated is not null"
        + " and (c.importedSourceUpdated is null or c.sourceUpdated > c.importedSourceUpdated))";
    return switch (this) {
      case TO_IMPORT -> "(c.importedAt is null or " + changed + ")";
      case NOT_IMPORTED -> "c.importedAt is null";
      case CHANGED -> changed;
      case ALL -> "1 = 1";
    };
  }
}
