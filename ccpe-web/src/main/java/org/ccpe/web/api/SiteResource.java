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
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.inventory.AccessLinkSpec;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;
import org.ccpe.inventory.SiteSpec;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.services.ServiceChangeService;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /sites} across customers, and a site's {@code /sites/{id}/access-links}. */
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {
  @EJB private SiteService sites;
  @EJB private AccessLinkService links;
  @EJB private ServiceChangeService services;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @GET
  public PageJson<SiteJson> list(@QueryParam("customer") Long customer, @QueryParam("router") Long router,
      @QueryParam("name") String name, @QueryParam("externalId") String externalId,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    return PageJson.of(sites.list(new SiteFilter(customer, router, name, externalId), PageRequest.of(limit, offset)),
        SiteJson::of, uri);
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
  public Response get(@PathParam("id") long id) {
    Site site = sites.get(id);
    return Versions.ok(site, SiteJson.of(site)).build();
  }

  @PUT
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
  public Response update(@PathParam("id") long id, SiteSpec spec) {
    Site site = sites.update(id, Versions.expected(headers, "site", id), Bodies.required(spec));
    return Versions.ok(site, SiteJson.of(site)).build();
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204")
  public Response delete(@PathParam("id") long id) {
    sites.delete(id, Versions.expected(headers, "site", id));
    return Response.noContent().build();
  }

  /** Pushes the site's intended settings again, overwriting drift: 202 with the job. */
  @POST
  @Path("{id}/repush")
  public Response repush(@PathParam("id") long id) {
    ProvisioningJob job = services.repush(id);
    return ServicesResource.accepted(uri, job, java.util.Map.of("job", JobJson.of(job)));
  }

  @GET
  @Path("{id}/access-links")
  public PageJson<AccessLinkJson> accessLinks(@PathParam("id") long id, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    sites.get(id);
    return PageJson.of(links.list(new AccessLinkFilter(id, null, null, null, null), PageRequest.of(limit, offset)),
        AccessLinkJson::of, uri);
  }

  @POST
  @Path("{id}/access-links")
  @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessLinkJson.class)))
  public Response createAccessLink(@PathParam("id") long id, AccessLinkSpec spec) {
    AccessLink link = links.create(id, Bodies.required(spec));
    return Response.created(uri.getBaseUriBuilder().path("access-links").path(Long.toString(link.getId())).build())
        .tag(Versions.tag(link))
        .entity(AccessLinkJson.of(link))
        .build();
  }
}
