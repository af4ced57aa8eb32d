package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.ccpe.diagnostics.FunctionalAudit;
import org.ccpe.diagnostics.FunctionalAuditRequest;
import org.ccpe.diagnostics.FunctionalAudits;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /functional-audits}: pings between a customer's sites, run as a job. A POST answers 202
 * with the audit and its location; GET it until {@code done} or {@code failed}. Customer users
 * see only their own customer's audits.
 */
@Path("/functional-audits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FunctionalAuditResource {
  @EJB private FunctionalAudits audits;
  @Context private UriInfo uri;

  @POST
  @APIResponse(responseCode = "202", description = "queued; Location: the audit, to poll until done or failed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FunctionalAuditJson.class)))
  public Response schedule(FunctionalAuditRequest request) {
    FunctionalAudit audit = audits.schedule(Bodies.required(request));
    return Response.accepted(FunctionalAuditJson.of(audit))
        .location(uri.getBaseUriBuilder().path("functional-audits").path(Long.toString(audit.getId())).build())
        .build();
  }

  @GET
  @Path("{id}")
  public FunctionalAuditJson get(@PathParam("id") long id) {
    return FunctionalAuditJson.of(audits.get(id));
  }

  /** The latest audits, newest first; {@code customer} narrows a provider's view. */
  @GET
  public List<FunctionalAuditJson> latest(@QueryParam("customer") Long customer,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return audits.latest(customer, limit).stream().map(FunctionalAuditJson::of).toList();
  }
}
