package org.rehabtrack.finding;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Actor;
import org.rehabtrack.system.Roles;

/** Findings logged during an evaluation: {@code /api/evaluations/{id}/findings}. */
@Path("/api/evaluations/{id}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
@Authenticated
public class EvaluationFindingsResource {

    private final FindingService findings;

    EvaluationFindingsResource(FindingService findings) {
        this.findings = findings;
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ENGINEER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a finding of this evaluation; it starts open")
    public Response create(
            @PathParam("id") long evaluationId,
            @NotNull @Valid NewFinding body,
            SecurityContext security,
            UriInfo uri) {
        FindingView created = findings.create(evaluationId, body, Actor.of(security));
        return Response.created(
                        uri.getBaseUriBuilder().path("api/findings/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}
