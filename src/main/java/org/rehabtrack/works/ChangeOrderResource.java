package org.rehabtrack.works;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.Roles;

@Path("/api/change-orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
@Authenticated
public class ChangeOrderResource {

    private final WorkPackageService service;

    ChangeOrderResource(WorkPackageService service) {
        this.service = service;
    }

    @PATCH
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(summary = "Approve or reject a pending change order; send the version")
    public ChangeOrderView decide(
            @PathParam("id") long id, @NotNull @Valid ChangeOrderDecision body) {
        return service.decideChange(id, body);
    }
}
