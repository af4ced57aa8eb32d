package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ccpe.common.PageRequest;
import org.ccpe.common.Violations;
import org.ccpe.monitoring.Alarm;
import org.ccpe.monitoring.AlarmBook;
import org.ccpe.monitoring.AlarmFilter;
import org.ccpe.monitoring.AlarmState;
import org.ccpe.monitoring.Severity;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /alarms}: newest first; {@code state} is {@code active} (acknowledged or not), {@code
 * unacknowledged}, {@code acknowledged} or {@code cleared}; {@code severity}, {@code customer},
 * {@code site} filter further. Customer users read their own customer's alarms (without the
 * router's details); acknowledging is the provider's.
 */
@Path("/alarms")
@Produces(MediaType.APPLICATION_JSON)
public class AlarmResource {
  @EJB private AlarmBook alarms;
  @Context private UriInfo uri;
  @Context private SecurityContext security;

  @GET
  public PageJson<?> list(@QueryParam("state") String state, @QueryParam("severity") String severity,
      @QueryParam("customer") Long customer, @QueryParam("site") Long site, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    Violations v = new Violations();
    List<AlarmState> states = v.parseOptional("state", state, AlarmResource::states);
    Severity parsed = v.parseOptional("severity", severity, s -> {
      try {
        return Severity.valueOf(s.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + s + "' is not one of critical, major, minor, warning");
      }
    });
    v.throwIfAny();
    var page = alarms.list(new AlarmFilter(states, parsed, customer, site), PageRequest.of(limit, offset));
    return Callers.isCustomer(security) ? PageJson.of(page, AlarmJson.Own::of, uri)
        : PageJson.of(page, AlarmJson::of, uri);
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", description = "the alarm; a customer user gets it without the router's fields",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlarmJson.class)))
  public Object get(@PathParam("id") long id) {
    Alarm alarm = alarms.get(id);
    return Callers.isCustomer(security) ? AlarmJson.Own.of(alarm) : AlarmJson.of(alarm);
  }

  /** Acknowledges the alarm (the first acknowledgement stands; repeating it changes nothing). */
  @POST
  @Path("{id}/acknowledge")
  public AlarmJson acknowledge(@PathParam("id") long id) {
    return AlarmJson.of(alarms.acknowledge(id));
  }

  private static List<AlarmState> states(String text) {
    return switch (text.strip().toLowerCase()) {
      case "active" -> AlarmFilter.ACTIVE;
      case "unacknowledged" -> List.of(AlarmState.ACTIVE);
      case "acknowledged" -> List.of(AlarmState.ACKNOWLEDGED);
      case "cleared" -> List.of(AlarmState.CLEARED);
      default -> throw new IllegalArgumentException("'" + text + "' is not one of active, unacknowledged,"
          + " acknowledged, cleared");
    };
  }
}
