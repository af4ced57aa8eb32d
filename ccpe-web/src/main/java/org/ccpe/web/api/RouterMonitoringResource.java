package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.MonitoringSpec;

/** {@code /routers/{id}/monitoring}: how a router is polled (interval, timeout, retries, …) and how it goes. */
@Path("/routers/{id}/monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouterMonitoringResource {
  @EJB private MonitoringService monitoring;

  @GET
  public MonitoringJson get(@PathParam("id") long id) {
    return MonitoringJson.of(monitoring.monitoring(id), monitoring.pollStatus(id));
  }

  /** Changes the fields given; absent fields keep their value. */
  @PUT
  public MonitoringJson update(@PathParam("id") long id, MonitoringSpec spec) {
    monitoring.updateMonitoring(id, Bodies.required(spec));
    return get(id);
  }
}
