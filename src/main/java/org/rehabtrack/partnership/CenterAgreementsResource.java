package org.rehabtrack.partnership;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Roles;

/** A center's agreements: {@code /api/centers/{code}/agreements}. */
@Path("/api/centers/{code}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@Authenticated
public class CenterAgreementsResource {

    private final AgreementService service;

    CenterAgreementsResource(AgreementService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary =
                    "A center's agreements with their commitments; overdue commitments are marked")
    public List<AgreementView> list(@PathParam("code") String code) {
        return service.listForCenter(code);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an agreement with its parties and first commitments")
    public Response create(
            @PathParam("code") String code, @NotNull @Valid NewAgreement body, UriInfo uri) {
        AgreementView created = service.create(code, body, false);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/agreements/{id}").build(created.id()))
                .entity(created)
                .build();
    }
}
