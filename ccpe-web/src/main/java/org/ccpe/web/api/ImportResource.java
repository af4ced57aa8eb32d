package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import jakarta.json.bind.Jsonb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.ImportJobRunner;
import org.ccpe.importing.ImportJobs;
import org.ccpe.importing.ImportReport;
import org.ccpe.importing.TopologyCsv;
import org.ccpe.importing.TopologyDocument;
import org.ccpe.importing.TopologyImporter;
import org.ccpe.inventory.Source;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /imports}: a topology document from the OSS (JSON, or CSV of sites and access
 * links), validated whole and imported idempotently; {@code ?dryRun=true} only reports. The body is
 * read as a stream straight into the document (never held as a JSON tree), its SHA-256 taken on the
 * way for the {@code Idempotency-Key}. A document of more entities than {@code
 * ccpe.import.async-threshold} (customers, sites and links together; default 5000), or any posted
 * with {@code ?async=true}, runs as an import job: 202 with the job's location, {@code GET
 * /imports/{id}} for its state, progress and in the end the report or the errors.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @EJB private TopologyImporter importer;
  @EJB private ImportJobs jobs;
  @EJB private ImportJobRunner runner;
  @jakarta.ws.rs.core.Context private Providers providers;
  @jakarta.ws.rs.core.Context private UriInfo uri;

  @POST
  @OwnIdempotencyKey
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "imported (or, with dryRun, what would be): counts and one row per entity",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(responseCode = "202", description = "a large document or ?async=true: queued as a job; Location: the job",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobJson.class)))
  public Response importJson(InputStream body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("async") @DefaultValue("false") boolean async, @HeaderParam(IDEMPOTENCY_KEY) String key)
      throws IOException {
    DigestInputStream in = new DigestInputStream(body, sha256());
    TopologyDocument document = Bodies.required(jsonb().fromJson(in, TopologyDocument.class));
    in.transferTo(java.io.OutputStream.nullOutputStream());
    String hash = hex(in);
    if (async || entities(document) > ImportJobs.threshold()) {
      return inBackground(document, dryRun, key, hash, Function.identity());
    }
    return answer(importer.importDocument(document, dryRun, Source.API, key, hash));
  }

  /** An import job: its state, progress, and at the end its report or its problem. */
  @GET
  @Path("{id}")
  public ImportJobJson job(@PathParam("id") long id) {
    return ImportJobJson.of(jobs.find(id).orElseThrow(() -> new NotFoundException("import job", id)));
  }

  /** Queues the import as a job and answers 202 with its location; {@code inDocument} names errors as the client knows them. */
  private Response inBackground(TopologyDocument document, boolean dryRun, String key, String hash,
      Function<ValidationFailedException, ValidationFailedException> inDocument) {
    long id = jobs.queue(dryRun, entities(document));
    Jsonb json = jsonb();
    Problems problems = new Problems();
    runner.run(id, document, dryRun, Source.API, key, hash, e -> json.toJson(problems.toResponse(
        e instanceof ValidationFailedException v ? inDocument.apply(v) : e).getEntity()));
    return Response.accepted(ImportJobJson.of(jobs.find(id).orElseThrow()))
        .location(uri.getBaseUriBuilder().path(ImportResource.class).path(String.valueOf(id)).build())
        .build();
  }

  private static int entities(TopologyDocument document) {
    int n = 0;
    for (TopologyDocument.CustomerEntry c : document.customers()) {
      n++;
      for (TopologyDocument.SiteEntry s : c.sites()) {
        n += 1 + s.accessLinks().size();
      }
    }
    return n;
  }

  /** One row per access link; errors are named by row and column ({@code rows[12].vlanId}). */
  @POST
  @OwnIdempotencyKey
  @Consumes("text/csv")
  @APIResponse(responseCode = "200", description = "imported (or, with dryRun, what would be): counts and one row per entity",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
  @APIResponse(responseCode = "202", description = "a large document or ?async=true: queued as a job; Location: the job",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJobJson.class)))
  public Response importCsv(InputStream body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @QueryParam("async") @DefaultValue("false") boolean async, @HeaderParam(IDEMPOTENCY_KEY) String key)
      throws IOException {
    DigestInputStream in = new DigestInputStream(body, sha256());
    TopologyCsv csv = TopologyCsv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
    if (async || entities(csv.document()) > ImportJobs.threshold()) {
      return inBackground(csv.document(), dryRun, key, hex(in), csv::inRows);
    }
    try {
      return answer(importer.importDocument(csv.document(), dryRun, Source.API, key, hex(in)));
    } catch (ValidationFailedException e) {
      throw csv.inRows(e);
    }
  }

  private static Response answer(TopologyImporter.Keyed result) {
    if (result.replayed() != null) {
      return Response.ok(result.replayed()).header("Idempotent-Replayed", "true").build();
    }
    return Response.ok(result.report()).build();
  }

  private Jsonb jsonb() {
    ContextResolver<Jsonb> resolver = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE);
    return resolver.getContext(TopologyDocument.class);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(DigestInputStream in) {
    return HexFormat.of().formatHex(in.getMessageDigest().digest());
  }
}
