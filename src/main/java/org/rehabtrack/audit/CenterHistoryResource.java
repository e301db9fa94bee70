package org.rehabtrack.audit;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.PagedAnswers;

@Path("/api/centers/{code}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History", description = "Who changed what and when: the audit trail")
@Authenticated
public class CenterHistoryResource {

    private final HistoryService service;

    CenterHistoryResource(HistoryService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary =
                    "Every creation, change and deletion of the center's records, newest first, with each"
                            + " field's old and new value; filter by from, to (dates) and user; paged")
    public Response history(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("user") String user,
            @QueryParam("record") String record,
            @Valid @BeanParam PageRequest page,
            UriInfo uri) {
        return PagedAnswers.of(
                service.page(service.filter(code, from, to, user, record), page), uri);
    }
}
