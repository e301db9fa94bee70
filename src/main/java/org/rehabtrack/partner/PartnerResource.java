package org.rehabtrack.partner;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.Refusal;
import org.rehabtrack.system.Roles;

@Path("/api/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Partners",
        description =
                "Institutions: State bodies, municipalities, UN agencies, donors, contractors")
@Authenticated
public class PartnerResource {

    private final PartnerService service;

    PartnerResource(PartnerService service) {
        this.service = service;
    }

    @GET
    public List<PartnerView> list() {
        return service.list();
    }

    @GET
    @Path("{acronym}")
    public PartnerView get(@PathParam("acronym") String acronym) {
        return service.find(acronym)
                .orElseThrow(() -> Refusal.notFound("partner.notFound", acronym));
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid PartnerFields body, UriInfo uri) {
        PartnerView created = service.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.acronym()).build())
                .entity(created)
                .build();
    }
}
