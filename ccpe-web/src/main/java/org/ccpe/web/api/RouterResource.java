package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Router;
import org.ccpe.inventory.RouterService;
import org.ccpe.inventory.RouterSpec;
import org.ccpe.provisioning.DriftChecker;
import org.ccpe.provisioning.DriftReport;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /routers}: the MX routers. */
@Path("/routers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouterResource {
  @EJB private RouterService routers;
  @EJB private DriftChecker drift;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @GET
  public PageJson<RouterJson> list(@QueryParam("name") String name, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    return PageJson.of(routers.list(name, PageRequest.of(limit, offset)), RouterJson::of, uri);
  }

  @POST
  @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouterJson.class)))
  public Response create(RouterSpec spec) {
    Router router = routers.create(Bodies.required(spec));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(router.getId())).build())
        .tag(Versions.tag(router))
        .entity(RouterJson.of(router))
        .build();
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouterJson.class)))
  public Response get(@PathParam("id") long id) {
    Router router = routers.get(id);
    return Versions.ok(router, RouterJson.of(router)).build();
  }

  @PUT
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouterJson.class)))
  public Response update(@PathParam("id") long id, RouterSpec spec) {
    Router router = routers.update(id, Versions.expected(headers, "router", id), Bodies.required(spec));
    return Versions.ok(router, RouterJson.of(router)).build();
  }

  /**
   * Compares the router's configuration of our sites with the intended one now (the drift timer
   * does this hourly) and flags the sites that differ.
   */
  @POST
  @Path("{id}/drift-check")
  public DriftReport checkDrift(@PathParam("id") long id) {
    routers.get(id);
    return drift.check(id);
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204")
  public Response delete(@PathParam("id") long id) {
    routers.delete(id, Versions.expected(headers, "router", id));
    return Response.noContent().build();
  }
}
