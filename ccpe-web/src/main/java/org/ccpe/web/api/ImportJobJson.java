package org.ccpe.web.api;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.time.Instant;
import org.ccpe.importing.ImportJob;

/**
 * An import job: {@code queued}, {@code running}, {@code done} (with the report the synchronous
 * answer would have carried) or {@code failed} (with its problem, every validation error by its
 * path in the document).
 */
public record ImportJobJson(long id, String state, boolean dryRun, int entities, Progress progress,
    String requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt,
    @JsonbTypeSerializer(RawJson.class) String report,
    @JsonbTypeSerializer(RawJson.class) String problem) {

  /** @param phase {@code loading}, {@code validating}, {@code storing} or {@code done}; null while queued */
  public record Progress(String phase, int done, int total) {}

  static ImportJobJson of(ImportJob j) {
    boolean done = j.getState() == ImportJob.State.DONE;
    return new ImportJobJson(j.getId(), RouterJson.lower(j.getState()), j.isDryRun(), j.getEntities(),
        new Progress(j.getPhase(), j.getDone(), j.getEntities()), j.getActor(), j.getCreatedAt(), j.getStartedAt(),
        j.getFinishedAt(), done ? j.getResult() : null,
        j.getState() == ImportJob.State.FAILED ? j.getResult() : null);
  }
}
