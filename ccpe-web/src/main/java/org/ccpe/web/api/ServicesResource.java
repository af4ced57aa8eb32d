package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ccpe.provisioning.DryRun;
import org.ccpe.provisioning.ProvisioningJob;
import org.ccpe.services.ServiceChange;
import org.ccpe.services.ServiceChangeService;
import org.ccpe.services.ServiceSettings;
import org.ccpe.services.ServicesView;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /sites/{id}/services}: a site's service settings, as one document (ETag/If-Match) or per
 * section. A change answers 202 with the location of the job that brings it to the router; with
 * {@code ?dryRun=true} it answers at once with the rendered configuration and the router's own
 * diff and {@code commit check} verdict, changing nothing.
 */
@Path("/sites/{id}/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicesResource {
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB private ServiceChangeService services;
  @Context private UriInfo uri;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  /** The answer to an accepted change: the stored document and the job that takes it to the router. */
  public record ServiceChangeJson(@Schema(implementation = ServicesView.class) Object services,
      @Schema(implementation = JobJson.class) Object job) {}

  @GET
  @APIResponse(responseCode = "200", description = "the site's service settings; ETag: their version (If-Match of a PUT)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServicesView.class)))
  public Response get(@PathParam("id") long site) {
    ServicesView view = services.get(site);
    return Response.ok(Callers.isCustomer(security) ? OwnJson.of(view) : view).tag(tag(view)).build();
  }

  @PUT
  @APIResponse(responseCode = "200", description = "?dryRun=true: the rendered configuration and its diff, nothing stored",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DryRun.class)))
  @APIResponse(responseCode = "202", description = "stored and queued for the router; Location: the job",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceChangeJson.class)))
  public Response replace(@PathParam("id") long site, ServiceSettings settings,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    return change(site, Bodies.required(settings), dryRun);
  }

  /** One section of the document, e.g. {@code /services/static-routes}; the others stay as they are. */
  @GET
  @Path("{section}")
  @APIResponse(responseCode = "200", description = "the section: the property of the same name of the settings"
      + " (secondary-lan-ranges, static-routes, dhcp-server, dhcp-relay, nat, firewall-rules, snmp); ETag: their version",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(description = "one section of ServiceSettings")))
  public Response getSection(@PathParam("id") long site, @PathParam("section") String name) {
    Section section = Section.named(name);
    ServicesView view = services.get(site);
    Object value = section.read.apply(view.settings());
    return Response.ok(value == null ? "null" : JSON.toJson(value)).tag(tag(view)).build();
  }

  @PUT
  @Path("{section}")
  @APIResponse(responseCode = "200", description = "?dryRun=true: the rendered configuration and its diff, nothing stored",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DryRun.class)))
  @APIResponse(responseCode = "202", description = "stored and queued for the router; Location: the job",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ServiceChangeJson.class)))
  public Response replaceSection(@PathParam("id") long site, @PathParam("section") String name, String body,
      @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
    Section section = Section.named(name);
    Object value;
    try {
      value = body == null || body.isBlank() || body.strip().equals("null") ? null : JSON.fromJson(body, section.type);
    } catch (jakarta.json.bind.JsonbException e) {
      throw new jakarta.ws.rs.ProcessingException(e);
    }
    ServiceSettings current = services.get(site).settings();
    return change(site, section.write.apply(current, value), dryRun);
  }

  private Response change(long site, ServiceSettings settings, boolean dryRun) {
    if (dryRun) {
      DryRun result = services.dryRun(site, settings);
      return Response.ok(result).build();
    }
    Long expected = Versions.expected(headers, "site services", site);
    ServiceChange change = services.change(site, expected, settings);
    boolean customer = Callers.isCustomer(security);
    return accepted(uri, change.job(), new ServiceChangeJson(
        customer ? OwnJson.of(change.services()) : change.services(),
        customer ? OwnJson.of(change.job()) : JobJson.of(change.job())));
  }

  static Response accepted(UriInfo uri, ProvisioningJob job, Object body) {
    return Response.accepted(body)
        .location(uri.getBaseUriBuilder().path("jobs").path(Long.toString(job.getId())).build())
        .build();
  }

  private static EntityTag tag(ServicesView view) {
    return new EntityTag(Long.toString(view.version()));
  }

  /** The document's sections as sub-resources. */
  private enum Section {
    SECONDARY_LAN_RANGES("secondary-lan-ranges", listOf(String.class), ServiceSettings::secondaryLanRanges,
        (s, v) -> new ServiceSettings(cast(v), s.staticRoutes(), s.dhcpServer(), s.dhcpRelay(), s.nat(), s.firewallRules(), s.snmp())),
    STATIC_ROUTES("static-routes", listOf(ServiceSettings.StaticRoute.class), ServiceSettings::staticRoutes,
        (s, v) -> new ServiceSettings(s.secondaryLanRanges(), cast(v), s.dhcpServer(), s.dhcpRelay(), s.nat(), s.firewallRules(), s.snmp())),
    DHCP_SERVER("dhcp-server", ServiceSettings.DhcpServer.class, ServiceSettings::dhcpServer,
        (s, v) -> new ServiceSettings(s.secondaryLanRanges(), s.staticRoutes(), cast(v), s.dhcpRelay(), s.nat(), s.firewallRules(), s.snmp())),
    DHCP_RELAY("dhcp-relay", ServiceSettings.DhcpRelay.class, ServiceSettings::dhcpRelay,
        (s, v) -> new ServiceSettings(s.secondaryLanRanges(), s.staticRoutes(), s.dhcpServer(), cast(v), s.nat(), s.firewallRules(), s.snmp())),
    NAT("nat", ServiceSettings.Nat.class, ServiceSettings::nat,
        (s, v) -> new ServiceSettings(s.secondaryLanRanges(), s.staticRoutes(), s.dhcpServer(), s.dhcpRelay(), cast(v), s.firewallRules(), s.snmp())),
    FIREWALL_RULES("firewall-rules", listOf(ServiceSettings.FirewallRule.class), ServiceSettings::firewallRules,
        (s, v) -> new ServiceSettings(s.secondaryLanRanges(), s.staticRoutes(), s.dhcpServer(), s.dhcpRelay(), s.nat(), cast(v), s.snmp())),
    SNMP("snmp", ServiceSettings.SnmpAccess.class, ServiceSettings::snmp,
        (s, v) -> new ServiceSettings(s.secondaryLanRanges(), s.staticRoutes(), s.dhcpServer(), s.dhcpRelay(), s.nat(), s.firewallRules(), cast(v)));

    final String path;
    final Type type;
    final Function<ServiceSettings, Object> read;
    final BiFunction<ServiceSettings, Object, ServiceSettings> write;

    @SuppressWarnings("unchecked")
    <T> Section(String path, Type type, Function<ServiceSettings, T> read,
        BiFunction<ServiceSettings, Object, ServiceSettings> write) {
      this.path = path;
      this.type = type;
      this.read = (Function<ServiceSettings, Object>) read;
      this.write = write;
    }

    static Section named(String path) {
      for (Section section : values()) {
        if (section.path.equals(path)) {
          return section;
        }
      }
      throw new jakarta.ws.rs.NotFoundException("no settings section '" + path + "'");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
      return (T) value;
    }

    private static Type listOf(Class<?> element) {
      return new java.lang.reflect.ParameterizedType() {
        @Override
        public Type[] getActualTypeArguments() {
          return new Type[] {element};
        }

        @Override
        public Type getRawType() {
          return List.class;
        }

        @Override
        public Type getOwnerType() {
          return null;
        }
      };
    }
  }

}
