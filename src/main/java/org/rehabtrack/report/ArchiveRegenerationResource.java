package org.rehabtrack.report;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.security.ScopedByService;
import org.rehabtrack.system.Actor;

@Path("/api/reports/archive/{id}/regeneration")
@Tag(name = "Reports")
@Authenticated
@ScopedByService
public class ArchiveRegenerationResource {

    private final Regeneration regeneration;

    ArchiveRegenerationResource(Regeneration regeneration) {
        this.regeneration = regeneration;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "An archived workbook written again as it was issued and compared cell by cell; the"
                            + " corrections recorded since explain any difference")
    public Comparison compare(@PathParam("id") long id, SecurityContext security, UriInfo uri) {
        return regeneration.compare(id, Actor.of(security), uri.getBaseUri());
    }
}
