package org.rehabtrack.budget;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rehabtrack.security.Visibility;
import org.rehabtrack.system.QueryParams;

/** A center's budget: {@code /api/centers/{code}/budget}. */
@Path("/api/centers/{code}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding")
@Authenticated
public class CenterBudgetResource {

    private final CenterBudgetService service;
    private final Visibility visibility;
    private final Clock clock;

    CenterBudgetResource(CenterBudgetService service, Visibility visibility, Clock clock) {
        this.service = service;
        this.visibility = visibility;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary =
                    "Budget, committed, spent, available in USD; by category and grant; progress and earned value"
                            + " at statusDate (default today); a donor sees other donors' grants as one line of other funding")
    public CenterBudget budget(
            @PathParam("code") String code, @QueryParam("statusDate") String statusDate) {
        LocalDate date = QueryParams.date("statusDate", statusDate);
        return service.budget(
                code, date == null ? LocalDate.now(clock) : date, null, visibility.scope());
    }
}
