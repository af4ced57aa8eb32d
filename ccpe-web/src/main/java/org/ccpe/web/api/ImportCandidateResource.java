package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ccpe.common.FieldError;
import org.ccpe.common.PageRequest;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.ActivationDirectorException;
import org.ccpe.importing.CandidateFilter;
import org.ccpe.importing.ImportCandidate;
import org.ccpe.importing.ImportCandidates;
import org.ccpe.importing.ImportRun;
import org.ccpe.importing.ImportRunItem;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /import-candidates}: the activation director's customers as the console's Import Customer
 * page shows them ({@code ?filter=to-import|not-imported|changed|all}), {@code POST …/refresh} to
 * read the source's list again, {@code POST …/import} with {@code {"ids":[…]}} or {@code
 * {"all":true}} to start a run (202, its location {@code …/runs/{id}}), and the run's progress and
 * per-customer report. A source that cannot be read answers 502 with why.
 */
@Path("/import-candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportCandidateResource {
  @EJB private ImportCandidates imports;
  @Context private UriInfo uri;

  /** A candidate: the source's customer, its state here ({@code not-imported}, {@code imported}, {@code changed}). */
  public record CandidateJson(String externalId, String name, String accountNumber, String contactName,
      String contactEmail, Instant sourceUpdated, String state, Instant importedAt, String lastOutcome) {
    static CandidateJson of(ImportCandidate c) {
      return new CandidateJson(c.getExternalId(), c.getName(), c.getAccountNumber(), c.getContactName(),
          c.getContactEmail(), c.getSourceUpdated(), c.getState().replace(' ', '-'), c.getImportedAt(),
          c.getLastOutcome() == null ? null : RouterJson.lower(c.getLastOutcome()));
    }
  }

  /** What to import: some candidates by external ID, or all that are not imported or changed. */
  public record ImportRequestJson(List<String> ids, Boolean all) {}

  public record RunJson(long id, String startedBy, Instant startedAt, Instant finishedAt, int total, int done,
      int imported, int notImported, String currentCustomer, List<ItemJson> customers) {
    static RunJson of(ImportRun r) {
      return new RunJson(r.getId(), r.getStartedBy(), r.getStartedAt(), r.getFinishedAt(), r.getTotal(), r.getDone(),
          r.getImported(), r.getRefused(), r.getCurrentCustomer(), r.getItems().stream().map(ItemJson::of).toList());
    }
  }

  public record ItemJson(String externalId, String name, String outcome, Map<String, Map<String, Integer>> counts,
      List<ImportRunItem.Change> changes, List<FieldError> errors) {
    static ItemJson of(ImportRunItem i) {
      return new ItemJson(i.getExternalId(), i.getName(), RouterJson.lower(i.getOutcome()), i.getCounts(),
          i.getChanges(), i.getErrors());
    }
  }

  @GET
  public PageJson<CandidateJson> list(@QueryParam("filter") String filter, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    return PageJson.of(imports.list(filter(filter), PageRequest.of(limit, offset)), CandidateJson::of, uri);
  }

  @POST
  @Path("refresh")
  @APIResponse(responseCode = "200", description = "the source's customer list was read: how many were listed, new, changed, gone",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportCandidates.Refreshed.class)))
  public Response refresh() {
    try {
      return Response.ok(imports.refresh()).build();
    } catch (ActivationDirectorException e) {
      return Problems.problem(502, "source-unavailable", "Bad gateway", e.getMessage(), List.of());
    }
  }

  @POST
  @Path("import")
  @APIResponse(responseCode = "202", description = "the run started; Location: the run, to poll",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunJson.class)))
  public Response start(ImportRequestJson request) {
    ImportRequestJson body = Bodies.required(request);
    long run = Boolean.TRUE.equals(body.all()) ? imports.importAll() : imports.importMany(body.ids() == null ? List.of() : body.ids());
    return Response.accepted(RunJson.of(imports.run(run)))
        .location(uri.getBaseUriBuilder().path("import-candidates/runs/{id}").build(run)).build();
  }

  @GET
  @Path("runs/{id}")
  public RunJson run(@PathParam("id") long id) {
    return RunJson.of(imports.run(id));
  }

  private static CandidateFilter filter(String text) {
    if (text == null || text.isBlank()) {
      return CandidateFilter.TO_IMPORT;
    }
    try {
      return CandidateFilter.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw ValidationFailedException.of("filter", "must be to-import, not-imported, changed or all");
    }
  }
}
