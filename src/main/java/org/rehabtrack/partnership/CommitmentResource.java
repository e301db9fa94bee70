package org.rehabtrack.partnership;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.MediaTypes;
import org.rehabtrack.system.PatchReader;
import org.rehabtrack.system.Roles;

@Path("/api/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@Authenticated
public class CommitmentResource {

    private final PatchReader patches;
    private final AgreementService service;

    CommitmentResource(AgreementService service, PatchReader patches) {
        this.patches = patches;
        this.service = service;
    }

    @PATCH
    @RolesAllowed(Roles.MANAGER)
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MediaTypes.MERGE_PATCH_JSON})
    @Operation(summary = "Change a commitment, or mark it MET or WAIVED; send the version")
    public CommitmentView update(
            @PathParam("id") long id,
            @NotNull
                    @RequestBody(
                            content =
                                    @Content(
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    CommitmentPatch.class)))
                    ObjectNode body) {
        return service.updateCommitment(id, patches.of(body));
    }
}
