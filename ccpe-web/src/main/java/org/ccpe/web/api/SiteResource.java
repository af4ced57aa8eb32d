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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.ContactDetails;
import org.ccpe.inventory.DisplayName;
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
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @GET
  public PageJson<?> list(@QueryParam("customer") Long customer, @QueryParam("router") Long router,
      @QueryParam("name") String name, @QueryParam("externalId") String externalId,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    return page(sites.list(new SiteFilter(customer, router, name, externalId), PageRequest.of(limit, offset)),
        security, uri);
  }

  static PageJson<?> page(Page<Site> page, SecurityContext security, UriInfo uri) {
    return Callers.isCustomer(security) ? PageJson.of(page, OwnJson::of, uri) : PageJson.of(page, SiteJson::of, uri);
  }

  private Response answer(Site site) {
    return Versions.ok(site, Callers.isCustomer(security) ? OwnJson.of(site) : SiteJson.of(site)).build();
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
  public Response get(@PathParam("id") long id) {
    return answer(sites.get(id));
  }

  @PUT
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
  public Response update(@PathParam("id") long id, SiteSpec spec) {
    Long expected = Versions.expected(headers, "site", id);
    SiteSpec body = Bodies.required(spec);
    if (Callers.isCustomer(security)) {
      return answer(sites.updateOwn(id, expected, new DisplayName(body.name(), body.description()),
          new ContactDetails(body.contactName(), body.contactEmail(), body.contactInfo())));
    }
    return answer(sites.update(id, expected, body));
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204")
  public Response delete(@PathParam("id") long id) {
    sites.delete(id, Versions.expected(headers, "site", id));
    return Response.noContent().build();
  }

  /** Pushes the site's intended settings again, overwriting drift: 202 with the job. */
  /** The answer to a re-push: the job that takes the site's settings to the router again. */
  public record RepushJson(JobJson job) {}

  @POST
  @Path("{id}/repush")
  @APIResponse(responseCode = "202", description = "queued; Location: the job",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepushJson.class)))
  public Response repush(@PathParam("id") long id) {
    ProvisioningJob job = services.repush(id);
    return ServicesResource.accepted(uri, job, new RepushJson(JobJson.of(job)));
  }

  @GET
  @Path("{id}/access-links")
  public PageJson<?> accessLinks(@PathParam("id") long id, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    sites.get(id);
    return AccessLinkResource.page(links.list(new AccessLinkFilter(id, null, null, null, null),
        PageRequest.of(limit, offset)), security, uri);
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
