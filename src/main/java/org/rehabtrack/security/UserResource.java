package org.rehabtrack.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users", description = "Who may sign in, with which role; administrators only")
public class UserResource {

    private final PatchReader patches;
    private final UserService service;

    UserResource(UserService service, PatchReader patches) {
        this.patches = patches;
        this.service = service;
    }

    @GET
    public List<UserView> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    public UserView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Create a user with a password that meets the policy (8 characters to 72 bytes, not a common one)")
    public Response create(@NotNull @Valid NewUser body, UriInfo uri, SecurityContext security) {
        UserView created = service.create(body, Actor.of(security));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Change a user's name, role or organisation, or disable it (enabled: false) with the version")
    public UserView update(
            @PathParam("id") long id, @NotNull ObjectNode body, SecurityContext security) {
        return service.update(id, patches.of(body), Actor.of(security));
    }

    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password for a user")
    public UserView resetPassword(
            @PathParam("id") long id,
            @NotNull @Valid PasswordReset body,
            SecurityContext security) {
        return service.resetPassword(id, body, Actor.of(security));
    }
}
