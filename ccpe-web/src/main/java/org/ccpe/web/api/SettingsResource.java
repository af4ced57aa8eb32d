package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ccpe.access.ApplicationSettings;

/** {@code /settings/portal-tasks}: the application settings' portal task switches (provider admins). */
@Path("/settings/portal-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {
  @EJB private ApplicationSettings settings;

  @GET
  public PortalTaskSettingsJson get(@QueryParam("customer") Long customer) {
    return PortalTaskSettingsJson.of(settings.read(customer));
  }

  /** Saves the global switches and the customer's overrides; 412 when someone saved since {@code version}. */
  @PUT
  public PortalTaskSettingsJson put(PortalTaskSettingsJson body) {
    return PortalTaskSettingsJson.of(settings.save(Bodies.required(body).toSettings()));
  }
}
