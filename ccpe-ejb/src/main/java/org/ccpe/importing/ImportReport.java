package org.ccpe.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import did (or, for a dry run, would do): counts per kind of entity and change, and one
 * row per entity of the document. Never carries a password: a new customer's administrator is
 * created, and a provider administrator resets its password to hand it over.
 *
 * @param counts kind ({@code customer}, {@code site}, {@code access-link}) → change ({@code
 *     created}, {@code updated}, {@code unchanged}) → how many
 */
public record ImportReport(boolean dryRun, Map<String, Map<String, Integer>> counts, List<Row> entities) {

  /**
   * One entity of the document.
   *
   * @param id null for an entity a dry run would create
   * @param state {@code created}, {@code updated} or {@code unchanged}
   * @param notes what the import kept of the stored entity, and what it created besides
   */
  public record Row(String kind, String externalId, String name, String state, Long id, List<String> notes) {}

  /** How many entities the import created or updated. */
  public int changed() {
    return counts.values().stream()
        .mapToInt(byState -> byState.getOrDefault("created", 0) + byState.getOrDefault("updated", 0))
        .sum();
  }
}
