package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.ccpe.audit.AuditFilter;
import org.ccpe.audit.AuditTrail;
import org.ccpe.audit.Channel;
import org.ccpe.common.PageRequest;
import org.ccpe.common.Violations;

/** {@code /audit}: the audit trail, newest first, for provider roles. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @EJB private AuditTrail audit;
  @Context private UriInfo uri;

  @GET
  public PageJson<AuditEntryJson> list(@QueryParam("entityType") String entityType,
      @QueryParam("entityId") Long entityId, @QueryParam("actor") String actor,
      @QueryParam("channel") String channel, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    Violations v = new Violations();
    Channel parsedChannel = v.parseOptional("channel", channel, c -> {
      try {
        return Channel.valueOf(c.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + c + "' is not one of console, portal, api, import, system");
      }
    });
    Instant fromTime = v.parseOptional("from", from, AuditResource::instant);
    Instant toTime = v.parseOptional("to", to, AuditResource::instant);
    v.throwIfAny();
    return PageJson.of(audit.list(new AuditFilter(entityType, entityId, actor, parsedChannel, fromTime, toTime),
        PageRequest.of(limit, offset)), AuditEntryJson::of, uri);
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }
}
