package org.ccpe.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccpe.common.FieldError;
import org.junit.jupiter.api.Test;

class ImportRunItemTest {

  @Test
  void reportsWhatAReImportChangedAndWhatItKept() {
    ImportReport report = new ImportReport(false, counts(0, 0, 1, 0, 1, 1, 0, 0, 2), List.of(
        new ImportReport.Row("customer", "C1", "acme", "unchanged", 1L, List.of("display name kept")),
        new ImportReport.Row("site", "C1-hq", "hq", "updated", 2L, List.of()),
        new ImportReport.Row("site", "C1-br", "br", "unchanged", 3L, List.of()),
        new ImportReport.Row("access-link", "L1", "ge-0/0/1.10", "unchanged", 4L, List.of())));

    ImportRunItem item = ImportRunItem.imported(7, 0, "C1", "acme", report);

    assertEquals(ImportRunItem.Outcome.IMPORTED, item.getOutcome());
    assertEquals("customer 1 unchanged · sites 1 updated, 1 unchanged · access links 2 unchanged", item.getSummary());
    assertEquals(List.of("C1", "C1-hq"), item.getChanges().stream().map(ImportRunItem.Change::externalId).toList());
    assertEquals("display name kept", item.getChanges().get(0).notesText());
    assertTrue(item.getErrors().isEmpty());
  }

  @Test
  void namesRefusalsByTheirPathInTheCustomer() {
    ImportRunItem item = ImportRunItem.refused(7, 1, "C2", "beta", List.of(
        new FieldError("customers[0].sites[1].router", "no router named mx-9"),
        new FieldError("customers[0].name", "is required")));

    assertEquals("refused: 2 errors", item.getSummary());
    assertEquals(List.of("sites[1].router", "name"), item.getErrors().stream().map(FieldError::field).toList());
    assertTrue(item.getCounts().isEmpty());
  }

  @Test
  void aCandidateIsChangedWhenTheSourceUpdatedItAfterItsImport() {
    ImportCandidate candidate = new ImportCandidate("C1");
    candidate.listed(summary("2025-06-01T10:00:00Z"), java.time.Instant.now());
    assertEquals("not imported", candidate.getState());
    candidate.imported(java.time.Instant.now());
    assertEquals("imported", candidate.getState());

    candidate.listed(summary("2025-07-01T10:00:00+02:00"), java.time.Instant.now());

    assertTrue(candidate.isChangedSinceImport());
    assertEquals("changed", candidate.getState());
  }

  @Test
  void aForgottenCandidateComesBackOnlyWhenTheSourceChangesIt() {
    ImportCandidate candidate = new ImportCandidate("C1");
    candidate.listed(summary("2025-06-01T10:00:00Z"), java.time.Instant.now());
    candidate.forget();

    candidate.listed(summary("2025-06-01T10:00:00Z"), java.time.Instant.now());
    assertTrue(candidate.isForgotten());

    candidate.listed(summary("2025-06-02T10:00:00Z"), java.time.Instant.now());
    assertEquals(false, candidate.isForgotten());
  }

  private static AdCustomerSummary summary(String updated) {
    return new AdCustomerSummary("C1", "acme", null, null, null, null, OffsetDateTime.parse(updated));
  }

  private static Map<String, Map<String, Integer>> counts(int... n) {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    String[] kinds = {"customer", "site", "access-link"};
    for (int k = 0; k < 3; k++) {
      Map<String, Integer> byState = new LinkedHashMap<>();
      byState.put("created", n[k * 3]);
      byState.put("updated", n[k * 3 + 1]);
      byState.put("unchanged", n[k * 3 + 2]);
      counts.put(kinds[k], byState);
    }
    return counts;
  }
}
