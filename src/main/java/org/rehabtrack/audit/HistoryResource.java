package org.rehabtrack.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.system.PageRequest;
import org.rehabtrack.system.PagedAnswers;
import org.rehabtrack.system.Roles;

@Path("/api/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "History")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class HistoryResource {

    private final HistoryService service;

    HistoryResource(HistoryService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary =
                    "The whole audit trail, newest first, including records of no center (grants, users);"
                            + " filter by from, to, user and record (UserAccount, FundingSource, ...); paged")
    public Response history(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("user") String user,
            @QueryParam("record") String record,
            @Valid @BeanParam PageRequest page,
            UriInfo uri) {
        return PagedAnswers.of(
                service.page(service.filter(null, from, to, user, record), page), uri);
    }
}
