package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.ccpe.access.tokens.ApiTokenService;
import org.ccpe.access.tokens.ApiTokenSpec;
import org.ccpe.access.tokens.NewApiToken;
import org.ccpe.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /api-tokens}: Bearer tokens for OSS accounts (provider-admin only). The token value is in
 * the answer to the POST and never again; DELETE revokes (the token stays listed as revoked).
 */
@Path("/api-tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokenResource {
  @EJB private ApiTokenService tokens;
  @Context private UriInfo uri;

  @GET
  public PageJson<ApiTokenJson> list(@QueryParam("name") String name, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    return PageJson.of(tokens.list(name, PageRequest.of(limit, offset)), ApiTokenJson::of, uri);
  }

  @GET
  @Path("{id}")
  public ApiTokenJson get(@PathParam("id") long id) {
    return ApiTokenJson.of(tokens.get(id));
  }

  @POST
  @APIResponse(responseCode = "201", description = "the token, with its value in `token` (shown this once)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiTokenJson.class)))
  public Response create(ApiTokenSpec spec) {
    NewApiToken created = tokens.create(Bodies.required(spec));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.token().getId())).build())
        .header("Cache-Control", "no-store")
        .entity(ApiTokenJson.withSecret(created.token(), created.secret()))
        .build();
  }

  /** Revokes the token: requests bearing it get 401 from now on. */
  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "revoked")
  public Response revoke(@PathParam("id") long id) {
    tokens.revoke(id);
    return Response.noContent().build();
  }
}
