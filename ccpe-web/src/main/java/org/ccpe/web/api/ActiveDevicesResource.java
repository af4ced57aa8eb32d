package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ccpe.diagnostics.ActiveDeviceList;
import org.ccpe.diagnostics.ActiveDevices;

/**
 * {@code /sites/{id}/active-devices}: the site's DHCP bindings, read from its router now; 502 when
 * the router cannot be asked. Customer users reach only their own sites.
 */
@Path("/sites/{id}/active-devices")
@Produces(MediaType.APPLICATION_JSON)
public class ActiveDevicesResource {
  @EJB private ActiveDevices activeDevices;

  @GET
  public ActiveDeviceList get(@PathParam("id") long site) {
    return activeDevices.of(site);
  }
}
