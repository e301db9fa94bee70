package org.rehabtrack.budget;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/expenditures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Works")
@Authenticated
public class ExpenditureResource {

    private final ExpenditureService service;

    ExpenditureResource(ExpenditureService service) {
        this.service = service;
    }

    @GET
    @Path("{id}")
    public ExpenditureView get(@PathParam("id") long id) {
        return service.get(id);
    }
}
