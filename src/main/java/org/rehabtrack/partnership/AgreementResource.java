package org.rehabtrack.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Agreements",
        description = "Agreements with the State and partners, and their commitments")
@Authenticated
public class AgreementResource {

    private final PatchReader patches;
    private final AgreementService service;

    AgreementResource(AgreementService service, PatchReader patches) {
        this.patches = patches;
        this.service = service;
    }

    @GET
    @Path("{id}")
    public AgreementView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PATCH
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(
            summary =
                    "Change an agreement or move its status (signing dates the center's milestone); send the version")
    public AgreementView update(
            @PathParam("id") long id,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(implementation = AgreementPatch.class)))
                    ObjectNode body) {
        return service.update(id, patches.of(body));
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a commitment of one of the agreement's parties")
    public Response addCommitment(
            @PathParam("id") long id, @NotNull @Valid CommitmentDetails body, UriInfo uri) {
        CommitmentView created = service.addCommitment(id, body);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/commitments/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}
