package org.ccpe.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.ccpe.access.Role;

/** {@code /me}: who the caller is and with which role; open to every role. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
  @GET
  public Map<String, String> me(@Context SecurityContext security) {
    String role = "";
    for (Role candidate : Role.values()) {
      if (security.isUserInRole(candidate.roleName())) {
        role = candidate.roleName();
      }
    }
    return Map.of("username", security.getUserPrincipal().getName(), "role", role);
  }
}
