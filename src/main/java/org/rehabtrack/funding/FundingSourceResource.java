package org.rehabtrack.funding;

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
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

@Path("/api/funding-sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding", description = "Grants, their allocations, and exchange rates")
@Authenticated
public class FundingSourceResource {

    private final FundingService service;

    private final Visibility visibility;

    FundingSourceResource(FundingService service, Visibility visibility) {
        this.service = service;
        this.visibility = visibility;
    }

    @GET
    @Operation(
            summary =
                    "Every grant the user may see, with its allocations, allocated and unallocated amounts")
    public List<FundingSourceView> list() {
        return service.list(visibility::seesGrantOf);
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a grant: code, donor (a partner), amount, period")
    public Response create(@NotNull @Valid NewFundingSource body, UriInfo uri) {
        FundingSourceView created = service.create(body, false);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}")
    public FundingSourceView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> Refusal.notFound("funding.notFound", code));
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Path("{code}/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Plan money of the grant for a center and category, in the grant's currency")
    public Response allocate(
            @PathParam("code") String code, @NotNull @Valid NewAllocation body, UriInfo uri) {
        AllocationView created = service.allocate(code, body);
        return Response.created(
                        uri.getBaseUriBuilder().path("api/funding-sources/{code}").build(code))
                .entity(created)
                .build();
    }
}
