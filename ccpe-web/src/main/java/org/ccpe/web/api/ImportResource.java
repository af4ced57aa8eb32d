package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.ccpe.common.ValidationFailedException;
import org.ccpe.importing.TopologyCsv;
import org.ccpe.importing.TopologyDocument;
import org.ccpe.importing.TopologyImporter;
import org.ccpe.inventory.Source;

/**
 * {@code POST /imports}: a topology document from the OSS (JSON, or CSV of sites and access
 * links), validated whole and imported idempotently; {@code ?dryRun=true} only reports. The body is
 * read as a stream straight into the document (never held as a JSON tree), its SHA-256 taken on the
 * way for the {@code Idempotency-Key}. Imports run synchronously, whatever their size.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @EJB private TopologyImporter importer;
  @jakarta.ws.rs.core.Context private Providers providers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importJson(InputStream body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(IDEMPOTENCY_KEY) String key) throws IOException {
    DigestInputStream in = new DigestInputStream(body, sha256());
    TopologyDocument document = Bodies.required(jsonb().fromJson(in, TopologyDocument.class));
    in.transferTo(java.io.OutputStream.nullOutputStream());
    return answer(importer.importDocument(document, dryRun, Source.API, key, hex(in)));
  }

  /** One row per access link; errors are named by row and column ({@code rows[12].vlanId}). */
  @POST
  @Consumes("text/csv")
  public Response importCsv(InputStream body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
      @HeaderParam(IDEMPOTENCY_KEY) String key) throws IOException {
    DigestInputStream in = new DigestInputStream(body, sha256());
    TopologyCsv csv = TopologyCsv.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
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
