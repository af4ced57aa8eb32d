package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.CustomerService;
import org.ccpe.inventory.CustomerSpec;
import org.ccpe.inventory.NewCustomer;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;
import org.ccpe.inventory.SiteSpec;
import org.ccpe.inventory.Source;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /customers} and a customer's {@code /customers/{id}/sites}. */
@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {
  @EJB private CustomerService customers;
  @EJB private SiteService sites;
  @Context private UriInfo uri;
  @Context private SecurityContext security;
  @Context private HttpHeaders headers;

  @GET
  public PageJson<?> list(@QueryParam("name") String name,
      @QueryParam("externalId") String externalId, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    Page<Customer> page = customers.list(name, externalId, PageRequest.of(limit, offset));
    return Callers.isCustomer(security) ? PageJson.of(page, OwnJson::of, uri) : PageJson.of(page, CustomerJson::of, uri);
  }

  /** Creates a customer; the answer carries its admin's initial password, shown only here. */
  @POST
  @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewCustomerJson.class)))
  public Response create(CustomerSpec spec) {
    NewCustomer created = customers.create(Bodies.required(spec), Source.API);
    Customer customer = created.customer();
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(customer.getId())).build())
        .tag(Versions.tag(customer))
        .entity(NewCustomerJson.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerJson.class)))
  public Response get(@PathParam("id") long id) {
    return answer(customers.get(id));
  }

  private Response answer(Customer customer) {
    return Versions.ok(customer, Callers.isCustomer(security) ? OwnJson.of(customer) : CustomerJson.of(customer))
        .build();
  }

  @PUT
  @Path("{id}")
  @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerJson.class)))
  public Response update(@PathParam("id") long id, CustomerSpec spec) {
    Long expected = Versions.expected(headers, "customer", id);
    CustomerSpec body = Bodies.required(spec);
    if (Callers.isCustomer(security)) {
      customers.get(id); // another customer's id is not found
      return answer(customers.updateOwn(expected, body.displayName(),
          new ContactDetails(body.contactName(), body.contactEmail(), body.contactInfo())));
    }
    return answer(customers.update(id, expected, body));
  }

  /** Removes a customer; one with sites only with {@code ?cascade=true}. */
  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204")
  public Response delete(@PathParam("id") long id, @QueryParam("cascade") @DefaultValue("false") boolean cascade) {
    customers.delete(id, Versions.expected(headers, "customer", id), cascade);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/sites")
  public PageJson<?> sites(@PathParam("id") long id, @QueryParam("name") String name,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    customers.get(id); // 404 for a customer that does not exist (or is another's), rather than an empty list
    return SiteResource.page(sites.list(new SiteFilter(id, null, name, null), PageRequest.of(limit, offset)),
        security, uri);
  }

  @POST
  @Path("{id}/sites")
  @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SiteJson.class)))
  public Response createSite(@PathParam("id") long id, SiteSpec spec) {
    Site site = sites.create(id, Bodies.required(spec));
    return Response.created(uri.getBaseUriBuilder().path("sites").path(Long.toString(site.getId())).build())
        .tag(Versions.tag(site))
        .entity(SiteJson.of(site))
        .build();
  }
}
