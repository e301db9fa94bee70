package org.rehabtrack.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Users")
public class MeResource {

    private final UserService users;

    MeResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(summary = "The signed-in user: name, role, organisation")
    public UserView me(SecurityContext security) {
        String name = security.getUserPrincipal().getName();
        return users.byUsername(name);
    }
}
