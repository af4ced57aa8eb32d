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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.ccpe.webhooks.NewWebhook;
import org.ccpe.webhooks.WebhookService;
import org.ccpe.webhooks.WebhookSpec;
import org.ccpe.webhooks.WebhookSubscription;

/**
 * {@code /webhooks}: event notification subscriptions, their delivery history, and a test
 * delivery. The signing secret is in the answer to the POST and never again.
 */
@Path("/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {
  @EJB private WebhookService webhooks;
  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @GET
  public PageJson<WebhookJson> list(@QueryParam("name") String name, @QueryParam("limit") Integer limit,
      @QueryParam("offset") Integer offset) {
    return PageJson.of(webhooks.list(name, PageRequest.of(limit, offset)), WebhookJson::of, uri);
  }

  @GET
  @Path("{id}")
  @APIResponse(responseCode = "200", description = "the subscription (ETag: its version)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookJson.class)))
  public Response get(@PathParam("id") long id) {
    WebhookSubscription subscription = webhooks.get(id);
    return Versions.ok(subscription, WebhookJson.of(subscription)).build();
  }

  @POST
  @APIResponse(responseCode = "201", description = "the subscription, with its signing secret in `secret` (shown this once)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookJson.class)))
  public Response create(WebhookSpec spec) {
    NewWebhook created = webhooks.create(Bodies.required(spec));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.subscription().getId())).build())
        .tag(Versions.tag(created.subscription()))
        .header("Cache-Control", "no-store")
        .entity(WebhookJson.withSecret(created.subscription(), created.secret()))
        .build();
  }

  @PUT
  @Path("{id}")
  @APIResponse(responseCode = "200", description = "the changed subscription",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookJson.class)))
  public Response update(@PathParam("id") long id, WebhookSpec spec) {
    WebhookSubscription subscription = webhooks.update(id, Versions.expected(headers, "webhook", id),
        Bodies.required(spec));
    return Versions.ok(subscription, WebhookJson.of(subscription)).build();
  }

  @DELETE
  @Path("{id}")
  @APIResponse(responseCode = "204", description = "deleted, with its deliveries")
  public Response delete(@PathParam("id") long id) {
    webhooks.delete(id, Versions.expected(headers, "webhook", id));
    return Response.noContent().build();
  }

  /** The subscription's deliveries, newest first ({@code ?state=pending|delivered|failed}). */
  @GET
  @Path("{id}/deliveries")
  public PageJson<WebhookDeliveryJson> deliveries(@PathParam("id") long id, @QueryParam("state") String state,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    return PageJson.of(webhooks.deliveries(id, state, PageRequest.of(limit, offset)), WebhookDeliveryJson::of, uri);
  }

  /** Sends a {@code webhook.test} event now; answers the delivery after that first attempt. */
  @POST
  @Path("{id}/test")
  public WebhookDeliveryJson test(@PathParam("id") long id) {
    return WebhookDeliveryJson.of(webhooks.testDelivery(id));
  }
}
