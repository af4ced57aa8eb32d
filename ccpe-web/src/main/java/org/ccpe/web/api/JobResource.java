package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.common.Violations;
import org.ccpe.provisioning.JobFilter;
import org.ccpe.provisioning.JobService;
import org.ccpe.provisioning.JobState;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /jobs}: provisioning jobs, newest first. */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
  @EJB private JobService jobs;
  @Context private UriInfo uri;
  @Context private SecurityContext security;

  @GET
  public PageJson<?> list(@QueryParam("site") Long site, @QueryParam("router") Long router,
      @QueryParam("customer") Long customer, @QueryParam("state") String state,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    Violations v = new Violations();
    JobState parsed = v.parseOptional("state", state, s -> {
      try {
        return JobState.valueOf(s.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + s + "' is not one of queued, committing, committed, failed, unknown");
      }
    });
    v.throwIfAny();
    Page<ProvisioningJob> page = jobs.list(new JobFilter(site, router, customer, parsed), PageRequest.of(limit, offset));
    return Callers.isCustomer(security) ? PageJson.of(page, OwnJson::of, uri) : PageJson.of(page, JobJson::of, uri);
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", description = "the job; a customer user gets it without the router's fields",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobJson.class)))
  public Object get(@PathParam("id") long id) {
    ProvisioningJob job = jobs.get(id);
    return Callers.isCustomer(security) ? OwnJson.of(job) : JobJson.of(job);
  }
}
