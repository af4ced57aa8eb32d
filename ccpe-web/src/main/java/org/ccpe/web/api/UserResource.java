package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.ccpe.access.NewUser;
import org.ccpe.access.UserService;
import org.ccpe.access.UserSpec;
import org.ccpe.common.PageRequest;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code /users}: accounts, for provider admins (customer administrators manage their users in
 * the portal). Passwords appear once, when made.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
  @EJB private UserService users;
  @Context private UriInfo uri;
  @Context private SecurityContext security;

  @GET
  public PageJson<UserJson> list(@QueryParam("username") String username, @QueryParam("customer") Long customer,
      @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
    Callers.requireProvider(security);
    return PageJson.of(users.list(username, customer, PageRequest.of(limit, offset)), UserJson::of, uri);
  }

  @POST
  @APIResponse(responseCode = "201", description = "created; Location: the user. The initial password is shown this once",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewUserJson.class)))
  public Response create(UserSpec spec) {
    NewUser created = users.create(Bodies.required(spec));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.user().getId())).build())
        .entity(new NewUserJson(UserJson.of(created.user()),
            created.initialPassword() == null ? "" : created.initialPassword()))
        .build();
  }

  @POST
  @Path("{id}/password-reset")
  public Map<String, String> resetPassword(@PathParam("id") long id) {
    Callers.requireProvider(security);
    return Map.of("password", users.resetPassword(id));
  }
}
