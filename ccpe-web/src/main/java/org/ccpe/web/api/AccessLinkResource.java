package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.DisplayName;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.inventory.AccessLinkSpec;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /access-links} across sites. New links are created under their site. */
@Path("/access-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessLinkResource {
  @EJB private AccessLinkService links;
  @Context private UriInfo uri;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @GET
  public PageJson<?> list(@QueryParam("site") Long site, @QueryParam("customer") Long customer,
      @QueryParam("router") Long router, @QueryParam("name") String name,
      @QueryParam("externalId") String externalId, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    return page(links.list(new AccessLinkFilter(site, customer, router, name, externalId),
        PageRequest.of(limit, offset)), security, uri);
  }

  static PageJson<?> page(Page<AccessLink> page, SecurityContext security, UriInfo uri) {
    return Callers.isCustomer(security) ? PageJson.of(page, OwnJson::of, uri)
        : PageJson.of(page, AccessLinkJson::of, uri);
  }

  private Response answer(AccessLink link) {
    return Versions.ok(link, Callers.isCustomer(security) ? OwnJson.of(link) : AccessLinkJson.of(link)).build();
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessLinkJson.class)))
  public Response get(@PathParam("id") long id) {
    return answer(links.get(id));
  }

  @PUT
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessLinkJson.class)))
  public Response update(@PathParam("id") long id, AccessLinkSpec spec) {
    Long expected = Versions.expected(headers, "access-link", id);
    AccessLinkSpec body = Bodies.required(spec);
    if (Callers.isCustomer(security)) {
      return answer(links.rename(id, expected, new DisplayName(body.name(), body.description())));
    }
    return answer(links.update(id, expected, body));
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204")
  public Response delete(@PathParam("id") long id) {
    links.delete(id, Versions.expected(headers, "access-link", id));
    return Response.noContent().build();
  }
}
